using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Round AA (route-aa): a whole message that asks how to get the person's own view to the people who decide, or whether it can
/// reach them: "how do i send my views to the council thru this bot", "how do i leave a comment for the people who run the
/// youth forum", "can my thoughts on the hub actually reach someone who can change things". The dialog is that route, so it is
/// started (round Z read only "feedback", and only to the council or the bot). What makes it the dialog is the addressee: the
/// council, the bot, or whoever runs or decides something. "how do i let the council know im a care leaver" tells a fact
/// for a service (no view), "how do i give feedback" names no one and is answered with the button as before, and "how do i
/// send a message to my PA" (a worker, not those who decide) is left to the guides.
/// </summary>
public static partial class ViewsToThoseWhoDecide
{
    /// <summary>True when the whole message asks how to send a view to those who decide, or whether it will reach them.</summary>
    public static bool Matches(string text)
    {
        var plain = Urgency().Replace(PlainWords.Of(text), "");
        return HowToSend().IsMatch(plain) || HowToLetThemKnow().IsMatch(plain) || WillItReach().IsMatch(plain) || MakeSureItReaches().IsMatch(plain) || GetItToReach().IsMatch(plain);
    }

    // Who decides: the council or Croydon, the bot itself ("you lot"), the people who run or are in charge of something, or someone
    // who can change it.
    private const string ThoseWhoDecide =
        @"(?:the\s+)?(?:croydon\s+)?(?:council|croydon|you|u|you\s+lot|u\s+lot" +
        @"|(?:the\s+)?(?:people|ones|person|team|staff)\s+(?:who|that)\s+(?:actually\s+|really\s+)?(?:run|runs|decide|decides|make|makes|are\s+in\s+charge\s+of|is\s+in\s+charge\s+of)(?:\s+\w+){0,4}" +
        @"|(?:the\s+)?people\s+in\s+charge(?:\s+of(?:\s+\w+){1,4})?" +
        @"|(?:some(?:one|body|1)|people|whoever)\s+(?:who|that)\s+(?:can|could)\s+(?:actually\s+)?(?:change|decide|fix|do\s+something)(?:\s+\w+){0,3}" +
        // Round AL (rank-al): whoever writes, makes or decides the thing the view is about ("whoever is writing it", "the people
        // making it", "whoever decides it"), and the managers or the people at the top.
        @"|whoever(?:\s+(?:is|s|are))?\s+(?:writing|making|running|deciding|drafting|planning|doing|writes|makes|runs|decides|wrote|made|drafted|planned)\s+(?:it|this|that|them|(?:the|these|those)\s+\w+)" +
        @"|(?:the\s+)?(?:people|ones|person|team|staff)\s+(?:(?:who|that)\s+(?:are|is)\s+)?(?:writing|making|running|deciding|drafting|planning)\s+(?:it|this|that|them|(?:the|these|those)\s+\w+)" +
        @"|(?:the\s+)?(?:managers|bosses|senior\s+managers|people\s+at\s+the\s+top|top\s+people|higher\s+ups))";

    // Round AL (rank-al): "... not just my worker", "... instead of my PA": the view is meant for those above the worker.
    private const string NotOnlyTheWorker = @"(?:,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:just\s+|only\s+)?(?:to\s+)?(?:my|our|the)\s+\w+)?";

    // "... thru this bot", "... on here": the way named is this chat.
    private const string ThroughThisChat = @"(?:\s+(?:thru|through|via|on|using|in)\s+(?:this|the|you|here)(?:\s+(?:bot|app|chat))?|\s+(?:on\s+)?here)?" + WhatItIsAbout;

    // Round AE (route-ae): what the view is about, said after the request ("... who make decisions? its about pathway plans"): it names
    // the subject and asks nothing more.
    private const string WhatItIsAbout = @"(?:\s+(?:its|it\s+is|this\s+is|thats|mines|mine\s+is)\s+(?:about|on)(?:\s+\w+){1,6})?";

    // Round AE (route-ae): the team that reads this bot's messages (the dialog's own words for where feedback goes), or the right people.
    private const string TheTeam = @"(?:the\s+(?:right\s+|actual\s+)?(?:team|people|person)|" + ThoseWhoDecide + ")";

    private const string AView = @"(?:a\s+|an\s+|some\s+|my\s+|our\s+)?(?:views?|opinions?|thoughts|comments?|message|feedback|feed\s+back|suggestions?|ideas?|compliments?|points?)(?:\s+(?:about|on)(?:\s+\w+){1,4})?";

    private const string AsksHow = @"^(?:(?:how|where)\s+(?:do|can|could|would|should)\s+(?:i|we)|is\s+there\s+(?:a|any)\s+way\s+(?:to|i\s+can|we\s+can|for\s+me\s+to))\s+";

    // "how do i send my views to the council", "is there a way to leave a comment for the people who run the forum".
    [GeneratedRegex(AsksHow + @"(?:send|give|leave|submit|share|get|pass\s+on|put(?:\s+in)?)\s+" + AView + @"\s+(?:to|for|with)\s+" + ThoseWhoDecide + ThroughThisChat + "$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex HowToSend();

    // "how do i let the council know my views", "how can i let croydon know what i think about the forum".
    [GeneratedRegex(AsksHow + @"let\s+" + ThoseWhoDecide + @"\s+know\s+(?:my\s+(?:views?|opinions?|thoughts)|what\s+(?:i|we)\s+think)(?:\s+(?:about|on)(?:\s+\w+){1,4})?" + ThroughThisChat + "$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex HowToLetThemKnow();

    // "can my opinion about pathway plans actually reach someone who can change stuff", "will our feedback get to the council".
    [GeneratedRegex(@"^(?:(?:can|could|will|would|does|do)\s+|is\s+there\s+(?:a|any)\s+way\s+(?:that\s+)?)(?:my|our)\s+(?:views?|opinions?|thoughts|feedback|comments?|ideas?|points?)(?:\s+(?:about|on)(?:\s+\w+){1,6}?)?\s+(?:actually\s+|really\s+|ever\s+)?(?:reach(?:es)?|gets?\s+to|goes?\s+to|be\s+heard\s+by|(?:can|could)\s+(?:reach|get\s+to))\s+" + ThoseWhoDecide + NotOnlyTheWorker + ThroughThisChat + "$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex WillItReach();

    // Round AE (route-ae): making sure the view reaches them: "how do i make sure my point actually reaches the team and doesnt just
    // disappear", "how can i make sure our views get to the people who decide". A worry that it is lost ("and doesnt get ignored") asks
    // nothing more.
    [GeneratedRegex(AsksHow + @"(?:make\s+sure|ensure|check)\s+(?:that\s+)?(?:my|our)\s+(?:views?|opinions?|thoughts|comments?|message|feedback|suggestions?|ideas?|points?)\s+(?:actually\s+|really\s+|does\s+|do\s+)?(?:reach(?:es)?|gets?\s+to|goes\s+to|go\s+to|(?:is|are|gets?)\s+(?:heard|seen|read)\s+by)\s+" + TheTeam + @"(?:\s+and\s+(?:doesnt|dont|isnt|wont|not|never)(?:\s+\w+){1,4})?" + ThroughThisChat + "$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex MakeSureItReaches();

    // Round AL (rank-al): getting the view to reach them: "how do i get my point to reach the actual team not just my worker", "how can
    // i get my ideas to the people at the top".
    [GeneratedRegex(AsksHow + @"get\s+(?:my|our)\s+(?:views?|opinions?|thoughts|comments?|message|feedback|suggestions?|ideas?|points?|say)(?:\s+(?:about|on)(?:\s+\w+){1,6}?)?\s+(?:to\s+(?:actually\s+)?(?:reach|get\s+to|be\s+(?:heard|seen|read)\s+by)\s+|to\s+)" + TheTeam + NotOnlyTheWorker + ThroughThisChat + "$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex GetItToReach();

    // Urgency or politeness after the request changes nothing it asks: "... pls", "... i want to do it now".
    [GeneratedRegex(@"(?:\s+(?:pls|plz|please|asap|now|right\s+now|today|(?:i\s+)?(?:want|wanna|need)\s+(?:to\s+)?(?:do|send)\s+it\s+(?:now|today|asap)))+$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex Urgency();
}
