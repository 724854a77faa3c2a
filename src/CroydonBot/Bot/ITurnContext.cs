using CroydonBot.Protocol;
using CroydonBot.Storage;

namespace CroydonBot.Bot;

/// <summary>
/// One turn of a conversation, as in Bot Builder: the incoming activity, the conversation's state and
/// the way to send replies (through the connector, or buffered for an expectReplies response).
/// </summary>
public interface ITurnContext
{
    /// <summary>The activity that started this turn.</summary>
    Activity Activity { get; }

    /// <summary>The conversation's state, loaded before the turn and saved after it.</summary>
    ConversationState State { get; }

    /// <summary>Facts about the turn that later steps and the question log read (reply kind, sources...).</summary>
    TurnRecord Record { get; }

    /// <summary>True once a non-typing activity has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends an activity to the user. Addressing fields are filled from the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
