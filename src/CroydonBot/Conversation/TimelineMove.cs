namespace CroydonBot.Conversation;

/// <summary>Which way a short follow-up moves along a dated timeline from the section just answered.</summary>
public enum TimelineMove
{
    /// <summary>It does not move along a timeline.</summary>
    None,

    /// <summary>"and before that?", "was it the same last time": the section of the same kind dated before (<see cref="EarlierOne"/>).</summary>
    Before,

    /// <summary>"and after?", "and then?", "what happened after that": the next one (<see cref="LaterOne"/>).</summary>
    After,

    /// <summary>"and now", "what about now": the newest one of the same kind (<see cref="LaterOne.AsksNow"/>).</summary>
    Latest,
}
