using CroydonBot.DirectLine;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    private DirectLineTokenService Service(string key = "a-signing-key-of-at-least-32-characters!") =>
        new(Options.Create(new DirectLineOptions { SigningKey = key, TokenLifetime = TimeSpan.FromMinutes(30) }), _clock);

    [Fact]
    public async Task AnIssuedTokenGrantsItsConversationAndUser()
    {
        var service = Service();

        var check = await service.CheckAsync(service.Issue("conv-1", "dl_user"));

        Assert.Equal(TokenStatus.Valid, check.Status);
        Assert.Equal("conv-1", check.Token!.ConversationId);
        Assert.Equal("dl_user", check.Token.UserId);
    }

    [Fact]
    public async Task ATokenIsExpiredOnceItsLifetimeIsOver()
    {
        var service = Service();
        var token = service.Issue("conv-1", null);

        _clock.Advance(TimeSpan.FromMinutes(29));
        var stillValid = await service.CheckAsync(token);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await service.CheckAsync(token);

        Assert.Equal(TokenStatus.Valid, stillValid.Status);
        Assert.Equal(TokenStatus.Expired, expired.Status);
    }

    [Fact]
    public async Task ATokenFromAnotherKeyIsInvalidEvenWhenExpired()
    {
        var other = Service("another-signing-key-of-32-characters-or-more");
        var token = other.Issue("conv-1", null);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TokenStatus.Invalid, (await Service().CheckAsync(token)).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b.c")]
    [InlineData("not a token")]
    public async Task GarbageIsInvalid(string token) =>
        Assert.Equal(TokenStatus.Invalid, (await Service().CheckAsync(token)).Status);

    [Fact]
    public void AShortSigningKeyStopsStartUp() =>
        Assert.Throws<InvalidOperationException>(() => Service("too-short"));

    [Fact]
    public void TwoTokensForTheSameConversationInTheSameSecondDiffer()
    {
        var service = Service();

        Assert.NotEqual(service.Issue("conv-1", "u"), service.Issue("conv-1", "u"));
    }
}
