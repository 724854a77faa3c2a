using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>One knowledge snapshot that never changes: the steps read it as they read the live one, without a rebuild.</summary>
internal sealed class FixedKnowledge(KnowledgeSnapshot snapshot) : IKnowledgeSource
{
    public KnowledgeSnapshot Current { get; } = snapshot;
}
