using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Safety;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 5: /privacy promises what the code does, checked against each other.</summary>
public sealed partial class PrivacyPageTests
{
    [Fact]
    public async Task ThePageStatesTheRetentionPeriodsTheAppRunsWith()
    {
        await using var host = await BotHost.StartAsync("Retention:QuestionMonths=6", "Retention:FeedbackMonthsAfterClosing=9", "Retention:ConversationStateHours=12", "DirectLine:ConversationIdleTimeout=03:00:00");

        var html = await host.Client.GetStringAsync("privacy");

        Assert.Equal("6 months", Setting(html, "Retention:QuestionMonths"));
        Assert.Equal("9 months", Setting(html, "Retention:FeedbackMonthsAfterClosing"));
        Assert.Equal("12 hours", Setting(html, "Retention:ConversationStateHours"));
        Assert.Equal("3 hours", Setting(html, "DirectLine:ConversationIdleTimeout"));
        Assert.DoesNotMatch(@"\{[A-Za-z]+:[A-Za-z]+\}", html);
    }

    [Fact]
    public async Task ThePageNamesEveryKindOfPersonalDataTheRedactorRemovesAndNoOther()
    {
        await using var host = await BotHost.StartAsync();

        var html = await host.Client.GetStringAsync("privacy");

        var promised = Redacts().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(PersonalDataRedactor.Labels.ToHashSet(), promised);
    }

    [Fact]
    public async Task TheTemplateIsNotServedUnfilled()
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.GetAsync("privacy.html");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Setting(string html, string key) =>
        Regex.Match(html, $"data-setting=\"{Regex.Escape(key)}\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex("data-redacts=\"([^\"]+)\"")]
    private static partial Regex Redacts();
}
