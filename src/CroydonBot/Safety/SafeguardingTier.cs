namespace CroydonBot.Safety;

/// <summary>How a message is answered, from the safeguarding check's point of view.</summary>
public enum SafeguardingTier
{
    /// <summary>No sign of risk: the normal answer.</summary>
    None,

    /// <summary>A housing question: the normal answer plus where to go with nowhere to sleep tonight.</summary>
    Housing,

    /// <summary>The learned layer is unsure: the normal answer plus one short line on what to do if not safe.</summary>
    Uncertain,

    /// <summary>A clear sign of risk: the crisis reply first, and the conversation flagged for staff.</summary>
    Crisis,
}
