namespace CroydonBot.Knowledge.Live;

/// <summary>The knowledge base as it is now. Read <see cref="Current"/> once per question and keep that snapshot.</summary>
public interface IKnowledgeSource
{
    KnowledgeSnapshot Current { get; }
}
