using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

public sealed class RememberingRedactorTests
{
    private static readonly PersonalDataRedactor Real = new();

    [Theory]
    [InlineData("my name is Jade and my number is 07700 900123")]
    [InlineData("what did ofsted say in 2024")]
    [InlineData("In 2024 Ofsted rated Croydon good. Ring 0800 1111 any time.")]
    public void ATextIsRedactedAsTheRedactorDoesTheFirstTimeAndTheSecond(string text)
    {
        var redactor = new RememberingRedactor(Real);
        Assert.Equal(Real.Redact(text), redactor.Redact(text));
        Assert.Equal(Real.Redact(text), redactor.Redact(text));
    }

    [Fact]
    public void ARepeatedTextIsRedactedOnce()
    {
        var counting = new CountingRedactor();
        var redactor = new RememberingRedactor(counting);
        redactor.Redact("how much is the setting up home allowance");
        redactor.Redact("how much is the setting up home allowance");
        Assert.Equal(1, counting.Calls);
    }

    [Fact]
    public void ALongTextIsRedactedAfreshEveryTime()
    {
        var counting = new CountingRedactor();
        var redactor = new RememberingRedactor(counting);
        var paste = new string('a', RememberingRedactor.MaxLength + 1);
        redactor.Redact(paste);
        redactor.Redact(paste);
        Assert.Equal(2, counting.Calls);
    }

    private sealed class CountingRedactor : IPersonalDataRedactor
    {
        public int Calls { get; private set; }

        public string Redact(string text)
        {
            Calls++;
            return text.ToUpperInvariant();
        }
    }
}
