using System.Text.Json.Serialization;

namespace CroydonBot.Protocol;

/// <summary>An attachment, such as an Adaptive Card.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public object? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
}
