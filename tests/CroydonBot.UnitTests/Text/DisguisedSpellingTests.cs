using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class DisguisedSpellingTests
{
    private static readonly DisguisedSpelling Spelling = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "how", "do", "i", "apply", "for", "the", "bursary", "what", "is", "grant", "care", "leavers", "leaver", "get",
        "free", "bus", "pass", "can", "a", "it", "who", "talk", "to", "about", "council", "tax", "my", "housing", "forever",
        "someone", "sum1", "b4", "long", "last", "does", "pay", "rent", "help", "with", "money", "year", "old", "am",
        "driving", "lessons", "where", "find", "that", "out", "need", "aged", "pathway", "plan", "whats",
    });

    [Theory]
    [InlineData("h0w d0 1 @pply 4 th3 burs@ry", "how do i apply 4 the bursary")]
    [InlineData("wh@ 1s th3 gr@nt 4 c@r3 l3@v3rs?", "what is the grant 4 care leavers?")]
    [InlineData("c4n c4r3 l3av3rs g3t a fr33 bus p4ss", "can care leavers get a free bus pass")]
    [InlineData("wh0 d0 1 t4lk t0 @b0ut c0unc1l t@x", "who do i talk to about council tax")]
    [InlineData("h0w l0ng d03s 1t l4st", "how long does it last")]
    public void DigitsAndSymbolsForLettersAreReadAsThePlainWords(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("c a r e  l e a v e r s  g e t  a  f r e e  b u s  p a s s ?", "care leavers get a free bus pass?")]
    [InlineData("w h e r e  d o  i  f i n d  t h a t  o u t", "where do i find that out")]
    public void LettersTypedOneAtATimeWithWiderGapsBetweenWordsAreJoinedWordByWord(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("g-r-a-n-t: how do i apply", "grant: how do i apply")]
    [InlineData("who do i talk to about c.o.u.n.c.i.l tax", "who do i talk to about council tax")]
    public void AWordWithItsLettersJoinedByHyphensOrDotsIsReadAsTheWord(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("do i pay it e.g. monthly")]
    [InlineData("what is FB-2026-000123")]
    public void AbbreviationsAndReferencesAreNotLettersSpelledOut(string typed) =>
        Assert.Equal(typed, Spelling.Read(typed));

    [Fact]
    public void ARunOfSingleLettersIsJoinedAndSplitIntoTheWordsItSpells() =>
        Assert.Equal("how do i apply", Spelling.Read("h o w d o i a p p l y"));

    [Theory]
    [InlineData("d0 1 g3t £3,000 0r £2,000 4 th3 burs@ry", "do i get £3,000 or £2,000 4 the bursary")]
    [InlineData("1s th3 gr@nt 4 16-25 y3ar 0lds", "is the grant 4 16-25 year olds")]
    [InlineData("wh@ h@pp3n3d t0 FB-2026-000417 th3n", "what happened to FB-2026-000417 then")]
    [InlineData("d1d 1t g0 up 1n 2024 0r 2025", "did it go up in 2024 or 2025")]
    [InlineData("c@n 1 r1ng 0800 123 4567 @b0ut 1t", "can i ring 0800 123 4567 about it")]
    public void NumbersAndReferencesSurviveInADisguisedMessage(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("how do i apply for the bursary")]
    [InlineData("is the bursary 2k a year or 3k")]
    [InlineData("can sum1 help me b4 my p45 comes, i'm on the n109 bus")]
    [InlineData("what happened to FB-2026-000417")]
    [InlineData("i am 19 and need help with rent of £450 a month from 2025")]
    [InlineData("do i need 2 pay council tax 4 my flat")]
    [InlineData("a b")]
    public void AnOrdinaryMessageIsReturnedAsTyped(string typed) =>
        Assert.Same(typed, Spelling.Read(typed));

    [Fact]
    public void TextSpeakTheQuestionPathReadsIsLeftForIt() =>
        Assert.Equal("does sum1 help b4 then", Spelling.Read("d03s sum1 h3lp b4 th3n"));

    [Fact]
    public void ALoneOneThatCountsWhatFollowsStaysANumber() =>
        Assert.Equal("can i get it for 1 year", Spelling.Read("c@n 1 g3t 1t f0r 1 y3ar"));

    // Round AK (first-ak): letters typed apart with symbols or digits standing for some of them.
    [Theory]
    [InlineData("c @ r e  l e @ v e r s  g e t  f r e e  b u s  p @ s s", "care leavers get free bus pass")]
    [InlineData("h 0 w  l 0 n g  d 0 e s  i t  l @ s t", "how long does it last")]
    [InlineData("c 4 r e  l e 4 v e r s", "care leavers")]
    public void SymbolsAndDigitsAmongLettersTypedApartAreReadAsTheirLetters(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("wh@t 1s th3 b u r $ @ r y", "what is the bursary")]
    [InlineData("h0w do i apply for the g r @ n t", "how do i apply for the grant")]
    [InlineData("how do i get the g r @ n t  4  c @ r e  l e @ v e r s", "how do i get the grant 4 care leavers")]
    [InlineData("wh@ts a p @ t h w @ y  p l @ n", "whats a pathway plan")]
    public void ARunOfLettersTypedApartAmongWholeWordsIsJoinedIntoItsWords(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("c a r e  l e a v e r s  a g e d  1 8", "care leavers aged 18")]
    [InlineData("h o w d o i a p p l y 4 1 8", "how do i apply 4 1 8")]
    public void DigitsAtTheEdgeOfLettersTypedApartStayNumbers(string typed, string plain) =>
        Assert.Equal(plain, Spelling.Read(typed));

    [Theory]
    [InlineData("p @ t h")]
    [InlineData("h 0 w")]
    public void ARunWithASymbolOrDigitForALetterIsSpacedLetters(string typed) =>
        Assert.True(DisguiseSignal.HasSpacedRun(typed.Split(' ')));

    [Theory]
    [InlineData("meet me @ 3 $ 1")]
    [InlineData("rooms 1 2 3 and 4")]
    [InlineData("a @ 1")]
    public void SymbolsAndDigitsWithoutTwoLettersAreNotSpacedLetters(string typed) =>
        Assert.False(DisguiseSignal.HasSpacedRun(typed.Split(' ')));
}
