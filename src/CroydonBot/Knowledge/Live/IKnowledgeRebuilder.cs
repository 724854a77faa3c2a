namespace CroydonBot.Knowledge.Live;

/// <summary>Rebuilds the knowledge base from seeds/ and the approved phrasings, and swaps it in without a restart.</summary>
public interface IKnowledgeRebuilder
{
    /// <summary>Completes once the new index answers questions; returns its generation (1 for the first rebuild).</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
