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
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), userId, _options.MaxActivitiesPerConversation, time.GetUtcNow(), _options.MaxBytesPerConversation);
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
        if (IsExpired(conversation, now))
        {
            _conversations.TryRemove(id, out _);
            return null;
        }
        conversation.Touch(now);
        return conversation;
    }

    /// <summary>
    /// Drops expired conversations; then the oldest unstarted ones beyond their own limit, and the least
    /// recently used started ones beyond <see cref="DirectLineOptions.MaxConversations"/>. Unstarted and
    /// started conversations are counted apart, so handing out tokens can never push out a live conversation.
    /// </summary>
    private void Sweep()
    {
        var now = time.GetUtcNow();
        var unstarted = new List<DirectLineConversation>();
        var started = new List<DirectLineConversation>();
        foreach (var (id, conversation) in _conversations)
        {
            if (IsExpired(conversation, now))
            {
                _conversations.TryRemove(id, out _);
            }
            else
            {
                (conversation.Started ? started : unstarted).Add(conversation);
            }
        }
        // Room for the one about to be created.
        Evict(unstarted, unstarted.Count - Math.Max(1, _options.MaxUnstartedConversations) + 1);
        Evict(started, started.Count - Math.Max(1, _options.MaxConversations));
    }

    private void Evict(List<DirectLineConversation> conversations, int excess)
    {
        if (excess <= 0)
        {
            return;
        }
        foreach (var conversation in conversations.OrderBy(c => c.LastUsed).Take(excess))
        {
            _conversations.TryRemove(conversation.Id, out _);
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed > (conversation.Started ? _options.ConversationIdleTimeout : _options.UnstartedConversationTimeout);
}
