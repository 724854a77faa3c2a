using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CroydonBot.DirectLine;

/// <summary>
/// The conversations this instance knows, in memory. Bounded in number and forgotten when idle, so a
/// flood of token requests cannot exhaust memory. PROTOCOL: Azure's Direct Line keeps conversations for
/// much longer; ours live for <see cref="DirectLineOptions.ConversationIdleTimeout"/> and die with the process.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    /// <summary>A new, not yet started conversation with a fresh id.</summary>
    public DirectLineConversation Create(string? userId)
    {
        Sweep();
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), userId, _options.MaxActivitiesPerConversation, time.GetUtcNow());
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>The conversation, if it is still known; using it keeps it alive.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (now - conversation.LastUsed > _options.ConversationIdleTimeout)
        {
            _conversations.TryRemove(id, out _);
            return null;
        }
        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Drops idle conversations, then the least recently used ones beyond the limit.</summary>
    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastUsed > _options.ConversationIdleTimeout)
            {
                _conversations.TryRemove(id, out _);
            }
        }
        var excess = _conversations.Count - _options.MaxConversations + 1;
        if (excess > 0)
        {
            foreach (var conversation in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToList())
            {
                _conversations.TryRemove(conversation.Id, out _);
            }
        }
    }
}
