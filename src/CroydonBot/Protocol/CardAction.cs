namespace CroydonBot.Protocol;

/// <summary>A button: in suggested actions or on a card.</summary>
public sealed record CardAction
{
    public string Type { get; set; } = ActionTypes.ImBack;
    public string? Title { get; set; }
    public object? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }

    /// <summary>A button that posts its title back as the user's message, visible in the chat.</summary>
    public static CardAction ImBack(string title, string? value = null) => new() { Type = ActionTypes.ImBack, Title = title, Value = value ?? title };
}
