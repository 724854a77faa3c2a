using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Round AA (route-aa): a message that tells what the person thinks of the bot or the app itself, "this bot is useless it never
/// understands what i type", "ur app keeps logging me out", "the chatbot gave me the wrong info". The guides hold nothing about how
/// well the bot works, so the only thing such a message can be is feedback, however little its words look like a complaint about a
/// service (the model reads a bare verdict on the bot as low as 0.13). It is offered back ("Shall I send this?"), never started
/// blind. A question anywhere in it ("this app is doing my head in, what is it even for") is read as before: the question is
/// what is asked. The bot named as a place ("i asked the bot about ...") or as what is asked about ("did the ambassadors make the
/// app") is not its subject, so it is not this.
/// </summary>
public static partial class VerdictOnTheBot
{
    /// <summary>True when the message opens with the bot or the app as the subject of what it says, and asks nothing.</summary>
    public static bool Matches(string text) => BotAsSubject().IsMatch(text.Trim().Replace('\u2019', '\'')) && !MessageShape.IsQuestion(text);

    [GeneratedRegex(@"^(?:(?:honestly|tbh|ngl|lol|so|and|but|ok|okay|yo|bruh|man)[,\s]+){0,3}(?:this|the|ur|your|you\s*r)\s+(?:bot|chat\s*bot|app)\s+(?:is|isnt|is\s+not|was|wasnt|keeps|kept|never|always|still|doesnt|does\s+not|dont|cant|can't|couldnt|should|shouldnt|needs|takes|took|gave|gives|has|hasnt|aint|crashes|crashed|logs|sucks|is\s+so|really)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotAsSubject();
}
