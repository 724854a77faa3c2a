namespace CroydonBot.Benchmarks;

/// <summary>
/// Questions written the way the dev set (eval/dev-questions.jsonl) asks them: text speak,
/// typos, dates, one-word topics and a question the seeds cannot answer.
/// </summary>
public static class SampleQuestions
{
    public static readonly string[] All =
    [
        "was the 2024 ofsted result better or worse than 2020 or the same?",
        "wen exactly was the 2017 inspection",
        "what words did ofsted use to describe croydon staff in the 2024 report",
        "is croydon council good at being a corporate parent according to the inspectors?",
        "wat do i get as a care leaver in croydon",
        "can i get help with uni costs",
        "who are the young ambassadors and how do i join",
        "do i have to pay council tax",
        "my PA isnt replying wat can i do",
        "housing?",
        "whats the weather like tomorrow",
    ];
}
