using System.Text.Json;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Storage;

/// <summary>
/// The conversation state's JSON is worked out at compile time: it must be the text the reflection-based serializer
/// with the web defaults wrote (what every stored row holds), and read back the same, in any case of names.
/// </summary>
public sealed class ConversationStateJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    [Fact]
    public void AFullStateIsWrittenAsTheReflectionSerializerWroteIt()
    {
        var state = Full();

        Assert.Equal(JsonSerializer.Serialize(state, Reflection), ConversationStateJson.Write(state));
        Assert.Equal(JsonSerializer.Serialize(new ConversationState(), Reflection), ConversationStateJson.Write(new ConversationState()));
    }

    [Fact]
    public void WhatIsReadIsWhatTheReflectionSerializerRead()
    {
        var stored = JsonSerializer.Serialize(Full(), Reflection);
        // Names in another case and a number as text, as the web defaults accept.
        var older = """{"DialogStack":[{"ID":"feedback","step":"2","values":{"topic":"housing"}}],"SafetyRemindersLeft":"3"}""";

        foreach (var json in new[] { stored, older })
        {
            var expected = JsonSerializer.Serialize(JsonSerializer.Deserialize<ConversationState>(json, Reflection), Reflection);
            Assert.Equal(expected, ConversationStateJson.Write(ConversationStateJson.Read(json)));
        }
        Assert.Equal(JsonSerializer.Serialize(new ConversationState(), Reflection), ConversationStateJson.Write(ConversationStateJson.Read("{\"dialogStack\": 5}")));
    }

    private static ConversationState Full() => new()
    {
        DialogStack = [new DialogInstance { Id = "feedback", Step = 2, Retries = 1, Values = { ["topic"] = "housing", ["message"] = "it's \"late\" – £20 <ok>" } }],
        StoppedDialog = new DialogInstance { Id = "feedback", Step = 1 },
        DialogActiveAt = new DateTimeOffset(2026, 12, 3, 9, 30, 1, 123, TimeSpan.Zero).AddTicks(4567),
        StaleDialogOffered = true,
        LastAnswer = new LastAnswer { PassageIds = ["guide.md#3", "004.txt#1"], SentencesShown = 4, QuestionLogId = 42, Said = ["Care leavers get £2,000.", "Ask your PA."] },
        Context = new ConversationContext
        {
            Terms = ["bursary", "uni"], Subject = ["bursary"], Years = [2017, 2024], Topic = "entitlements", Section = "University bursary: £2,000",
            PassageId = "guide.md#3", Kind = "Amount", At = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(1)),
        },
        SafeguardingFlagged = true,
        SafetyRemindersLeft = 2,
        SafeguardingWindow = [new RecentMessage { From = "ab12", Text = "i feel rubbish" }],
    };
}
