using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

public sealed class PersonalDataRedactorTests
{
    private readonly PersonalDataRedactor _redactor = new();

    [Theory]
    [InlineData("email me at jade.smith99@gmail.com please", "jade.smith99@gmail.com")]
    [InlineData("my email is J_Brown+care@outlook.co.uk", "J_Brown+care@outlook.co.uk")]
    public void EmailAddressesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[email]");

    [Theory]
    [InlineData("ring me on 07700 900123", "07700 900123")]
    [InlineData("my number is 07700900123", "07700900123")]
    [InlineData("call +44 7700 900123 after 5", "+44 7700 900123")]
    [InlineData("my landline is (020) 8123 4567", "(020) 8123 4567")]
    [InlineData("text 0044 7700-900-123", "0044 7700-900-123")]
    public void UkPhoneNumbersAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[phone]");

    [Theory]
    [InlineData("i live at CR0 1EA", "CR0 1EA")]
    [InlineData("my postcode is se256ab", "se256ab")]
    [InlineData("moved to SW1A 1AA last week", "SW1A 1AA")]
    public void PostcodesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[postcode]");

    [Theory]
    [InlineData("my dob is 14/03/2006", "14/03/2006")]
    [InlineData("born 3.7.05 in croydon", "3.7.05")]
    [InlineData("i was born on the 12th of March", "12th of March")]
    [InlineData("my birthday is 12 March 2004", "12 March 2004")]
    [InlineData("I was born March 12, 2003 so am i a care leaver", "March 12, 2003")]
    [InlineData("date of birth: 2005-11-30", "2005-11-30")]
    public void DatesOfBirthAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[date-of-birth]");

    [Theory]
    // The fewest digits each pattern can match: the redactor skips a pattern only when the text has fewer.
    [InlineData("write to GIR 0AA for me", "GIR 0AA", "[postcode]")]
    [InlineData("my birthday is 3/4/06 so", "3/4/06", "[date-of-birth]")]
    [InlineData("i was born 1st May 2006 in croydon", "1st May 2006", "[date-of-birth]")]
    [InlineData("sort code 40 47 84 please", "40 47 84", "[sort-code]")]
    [InlineData("ni: ab 12 34 56 c", "ab 12 34 56 c", "[ni-number]")]
    [InlineData("pay into 12345678", "12345678", "[account-number]")]
    [InlineData("flat 3 mill road", "3 mill road", "[address]")]
    public void DataWithTheFewestDigitsAPatternNeedsIsStillRedacted(string text, string secret, string label) => AssertRedacted(text, secret, label);

    [Fact]
    public void DigitsThatAreNotAsciiCountTowardsAPattern()
    {
        // Arabic-Indic digits are digits to the patterns (\d), so they count when deciding whether a pattern can match.
        var redacted = _redactor.Redact("sort code ٤٠-٤٧-٨٤ at branch 5");
        Assert.Equal("sort code [sort-code] at branch 5", redacted);
    }

    [Fact]
    public void InspectionDatesInAQuestionAreKept()
    {
        const string question = "what did the inspection on 14 October 2024 say";
        Assert.Equal(question, _redactor.Redact(question));
    }

    [Theory]
    [InlineData("sort code 40-47-84 account 12345678", "40-47-84", "[sort-code]")]
    [InlineData("sort code is 404784", "404784", "[sort-code]")]
    [InlineData("my acc no is 31926819", "31926819", "[account-number]")]
    [InlineData("pay it into 31926819 please", "31926819", "[account-number]")]
    [InlineData("account number: 00012345", "00012345", "[account-number]")]
    public void BankDetailsAreRedacted(string text, string secret, string label) => AssertRedacted(text, secret, label);

    [Theory]
    [InlineData("my card is 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111")]
    [InlineData("card 5500-0000-0000-0004", "5500-0000-0000-0004")]
    [InlineData("use 371449635398431", "371449635398431")]
    public void CardNumbersAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[card-number]");

    [Theory]
    [InlineData("my NI number is QQ 12 34 56 C", "QQ 12 34 56 C")]
    [InlineData("ni: ab123456d", "ab123456d")]
    public void NationalInsuranceNumbersAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[ni-number]");

    [Theory]
    [InlineData("my nhs number is 943 476 5919", "943 476 5919")]
    [InlineData("nhs no 9434765919", "9434765919")]
    public void NhsNumbersAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[nhs-number]");

    [Theory]
    [InlineData("hi my name is Jade Okafor and i need help", "Jade Okafor")]
    [InlineData("my name's tyrone", "tyrone")]
    [InlineData("I'm called Aisha, what money can I get", "Aisha")]
    [InlineData("just call me Big Dee", "Big Dee")]
    [InlineData("my name is jade and im 19", "jade")]
    public void NamesAfterAnIntroductionAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[name]");

    [Theory]
    [InlineData("hi my name is jade okafor", "jade okafor")]
    [InlineData("name: amaka obi", "amaka obi")]
    [InlineData("her name is shantelle and she is my sister", "shantelle")]
    [InlineData("me name is kyle", "kyle")]
    public void LowerCaseNamesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[name]");

    [Theory]
    [InlineData("I live at 12 London Road in Croydon", "12 London Road")]
    [InlineData("moved to flat 3, 45a high st last week", "45a high st")]
    [InlineData("my address is 221 Brigstock Road", "221 Brigstock Road")]
    public void StreetAddressesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[address]");

    [Theory]
    [InlineData("Ms Adeyemi is my social worker", "Adeyemi")]
    [InlineData("i spoke to mr okafor yesterday", "okafor")]
    [InlineData("Dr. Shah said I should ask", "Shah")]
    public void TitledNamesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[name]");

    [Theory]
    [InlineData("my PA Sarah Smith never replies", "Sarah Smith")]
    [InlineData("my social worker is called dan", "dan")]
    [InlineData("my personal adviser, Kemi, left", "Kemi")]
    public void NamesOfPeopleInSomeonesLifeAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[name]");

    [Theory]
    [InlineData("add me on insta @jade_o99", "@jade_o99")]
    [InlineData("my snap is @big.dee", "@big.dee")]
    public void HandlesAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[handle]");

    [Theory]
    [InlineData("email jane[at]example[dot]com", "jane[at]example[dot]com")]
    [InlineData("its jane (at) example (dot) co (dot) uk", "example")]
    [InlineData("jane at example dot com", "jane at example dot com")]
    public void DisguisedEmailsAreRedacted(string text, string secret) => AssertRedacted(text, secret, "[email]");

    [Theory]
    [InlineData("my PA said no to the bursary")]
    [InlineData("I miss home, what support is there")]
    [InlineData("are there 5 young people in the park scheme")]
    [InlineData("what is the leaving care grant at 18")]
    [InlineData("what did ofsted say about croydon in 2024")]
    public void OrdinaryQuestionsAboutPeopleAndPlacesStay(string question) => Assert.Equal(question, _redactor.Redact(question));

    [Fact]
    public void TheWordsAroundANameStay()
    {
        Assert.Equal("my name is [name] and im 19", _redactor.Redact("my name is jade and im 19"));
    }

    [Fact]
    public void AnOrdinaryQuestionIsUnchanged()
    {
        const string question = "how much is the setting up home allowance, is it £3,000 in 2025?";
        Assert.Equal(question, _redactor.Redact(question));
    }

    // Patterns are skipped when the text lacks what they need (a digit, an "@", "name" or "call"): cues in capitals
    // and data after an earlier label must still be found.
    [Theory]
    [InlineData("MY NAME IS Jade Okafor", "Jade Okafor", "[name]")]
    [InlineData("pls CALL ME Dee", "Dee", "[name]")]
    [InlineData("email jade.smith99@gmail.com or ring 07700 900123", "07700 900123", "[phone]")]
    [InlineData("jade at example dot com, born 14/03/2006", "14/03/2006", "[date-of-birth]")]
    [InlineData("im @big.dee99 on insta and live at CR0 1EA", "@big.dee99", "[handle]")]
    public void EachKindIsFoundWhateverCameBeforeIt(string text, string secret, string label) => AssertRedacted(text, secret, label);

    private void AssertRedacted(string text, string secret, string label)
    {
        var redacted = _redactor.Redact(text);
        Assert.DoesNotContain(secret, redacted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(label, redacted);
    }
}
