using CroydonBot.Knowledge;
using CroydonBot.Replies;

namespace CroydonBot.Staff.Teaching;

/// <summary>
/// The sections the bot's own retrieval finds closest to a question, each with the answer composed from that
/// section alone: staff choose by what the young person would read, not by an id.
/// </summary>
public sealed class CandidateFinder(IPassageSearch knowledge, SectionNames names, ReplyFactory replies)
{
    public const int Count = 5;

    public IReadOnlyList<CandidateSection> For(string question)
    {
        return [.. knowledge.Candidates(question, Count).Select(c => new CandidateSection(c.Passage.Id, names.Of(c.Passage), replies.Render(new AnswerReply(c.Answer, [])).Text, c.Coverage))];
    }
}
