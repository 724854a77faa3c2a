using Microsoft.Extensions.Options;

namespace CroydonBot.Protocol;

/// <summary>Checks an inbound activity against <see cref="InputLimitOptions"/>; used by every entry point.</summary>
public sealed class ActivityLimits(IOptions<InputLimitOptions> options)
{
    public InputLimitOptions Options => options.Value;

    /// <summary>Null when the activity is within the limits, else the status (413 or 400) and why.</summary>
    public (int Status, string Title)? Check(Activity activity)
    {
        var limits = options.Value;
        if (activity.Text is { } text && text.Length > limits.MaxMessageChars)
        {
            return (StatusCodes.Status413PayloadTooLarge, $"A message may be at most {limits.MaxMessageChars} characters.");
        }
        string?[] ids = [activity.Id, activity.Conversation?.Id, activity.From?.Id, activity.Recipient?.Id, activity.ChannelId, activity.ReplyToId];
        if (ids.Any(id => id is not null && id.Length > limits.MaxIdChars))
        {
            return (StatusCodes.Status400BadRequest, $"An id may be at most {limits.MaxIdChars} characters.");
        }
        if (activity.ServiceUrl is { } serviceUrl && serviceUrl.Length > limits.MaxServiceUrlChars)
        {
            return (StatusCodes.Status400BadRequest, $"A serviceUrl may be at most {limits.MaxServiceUrlChars} characters.");
        }
        return null;
    }
}
