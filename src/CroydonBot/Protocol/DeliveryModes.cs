namespace CroydonBot.Protocol;

/// <summary>Delivery modes. Anything but expectReplies (including the Playground's "default") is normal.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
