namespace CroydonBot.Replies;

/// <summary>dialogs/out-of-scope.yaml: requests the bot cannot help with, and who can.</summary>
public sealed class OutOfScopeData
{
    public const string File = "out-of-scope.yaml";

    public List<Topic> Topics { get; set; } = [];

    public sealed class Topic
    {
        public string Name { get; set; } = "";
        public List<string> Patterns { get; set; } = [];
        public List<string> Unless { get; set; } = [];

        /// <summary>
        /// Names of subjects (a nation, a regulator, a service) the topic declines only while the knowledge documents never
        /// speak of them, or only in passing (<see cref="Knowledge.SubjectMentions"/>): matched by <see cref="OutsideSubjectMatcher"/>.
        /// </summary>
        public List<string> Subjects { get; set; } = [];
        public string Reply { get; set; } = "";

        /// <summary>
        /// True when what the topic declines is a subject of its own (another council, a school): a clause naming it asks
        /// about it, even when it says "it" ("how did my sister's school do in its ofsted"), not about the last subject.
        /// </summary>
        public bool AnotherSubject { get; set; }

        /// <summary>
        /// True when what the topic declines is a thing for the bot to do, not a subject to read ("can you check her file and
        /// tell me if it's been agreed"): no conversation makes the guides able to do it, so "her" and "it" pointing back
        /// do not turn it into a follow-up to answer.
        /// </summary>
        public bool AskedToDo { get; set; }
    }
}
