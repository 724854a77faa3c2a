using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// A complaint said in the frame of a message, not in what it asks: "before i write a complaint, what rating did
/// ofsted give croydon?", "i want to complain that i never got my health history. should i have been given it?",
/// "everyone i know moans about the night line. did ofsted say anything about it?". The complaint words are among
/// the rarest the guides hold, so even weighed as context they drew such questions to the Complaints Resolution
/// Team, though what is asked is a rating, an entitlement or a finding. When the part of the message that asks
/// (<see cref="QuestionFocus.AskingPart"/>) names no complaint word and asks nothing about the process (how, who,
/// where, contact, help...), the complaint words are the asker's frame and are not searched. ComplaintSense still
/// reads the sense of a complaint word the question itself says.
/// </summary>
public static partial class ComplaintFrame
{
    /// <summary>
    /// Marks in <paramref name="used"/> (one flag per word, true = not searched) the complaint words of
    /// <paramref name="words"/> that only frame the question; <paramref name="askingWords"/> are the plain words of
    /// the asking part, or null when the message has no separate asking part (then nothing is marked).
    /// </summary>
    public static void MarkFraming(List<string> words, bool[] used, List<string>? askingWords)
    {
        if (askingWords is null || askingWords.Count == 0 || askingWords.Any(ComplaintSense.IsComplaintWord) || AsksAboutTheProcess(askingWords))
        {
            return;
        }
        // "people keep complaining that ofsted found X. is that still the case?": the question asks about what the others complain
        // of, so only the asker's own complaint is a frame there.
        var pointsBack = askingWords.Any(PointingBack.Contains);
        for (var i = 0; i < words.Count; i++)
        {
            if (ComplaintSense.IsComplaintWord(words[i]) && SomeoneComplains(words, i, pointsBack))
            {
                used[i] = true;
                // "write a complaint", "put in my complaint": the act of complaining is the frame too ("write" met the
                // "Ofsted writes a report" of another section).
                for (var j = i - 1; j >= 0 && j >= i - 3 && ActWords.Contains(words[j]); j--)
                {
                    used[j] = true;
                }
            }
        }
    }

    /// <summary>
    /// The clauses of a message that open as questions, when another clause does not: "what did ofsted say about the night
    /// team, ive heard loads of complaints" asks first and tells after the comma, a sentence <see cref="QuestionFocus.AskingPart"/>
    /// keeps whole because it opens with its question. Null when every clause asks, or none does, or there is one clause.
    /// </summary>
    public static string? AskingClauses(string message)
    {
        var clauses = ClauseBreak().Split(message).Where(c => c.Any(char.IsLetterOrDigit)).ToList();
        if (clauses.Count < 2)
        {
            return null;
        }
        var asking = clauses.Where(QuestionShape.OpensWithQuestionWord).ToList();
        return asking.Count == 0 || asking.Count == clauses.Count ? null : string.Join(' ', asking);
    }

    [GeneratedRegex(@"[,;.!?]|\s[-\u2013\u2014]+\s")]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// Someone is said to complain: the asker ("i want to complain", "before i write a complaint", "ive heard loads of
    /// complaints") or someone they tell of ("my mate keeps complaining croydon is rubbish", "everyone moans about the night
    /// line"), up to six words before the complaint word. Whoever it is, the asking part names no complaint, so the complaint is
    /// why they ask, not what: the story's own words ("rubbish", "night line") are still searched. Without a subject ("the
    /// complaints procedure - what is it?") the complaint word names the thing the question points back at, and is kept.
    /// </summary>
    private static bool SomeoneComplains(List<string> words, int at, bool onlyTheAsker)
    {
        // Six words back: "ive heard plenty of complaints" (typed "ive" may be read as two words).
        for (var j = at - 1; j >= 0 && j >= at - 6; j--)
        {
            if (onlyTheAsker ? AskerSubjects.Contains(words[j]) : Complainers.Contains(words[j]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal) { "that", "this", "true", "right" };

    private static readonly HashSet<string> AskerSubjects = new(StringComparer.Ordinal) { "i", "im", "ive", "id", "we", "weve", "you", "u" };

    private static readonly HashSet<string> Complainers = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "we", "weve", "you", "u",
        "mate", "mates", "friend", "friends", "people", "ppl", "everyone", "everybody", "someone", "somebody", "they", "she", "he",
        "mum", "dad", "carer", "carers", "sister", "brother", "cousin", "lot", "loads", "kids", "leavers",
    };

    /// <summary>
    /// "who do i send it to", "how long does it take", "can someone help", "what can i do", "is there anyone above them i
    /// can go to": the question goes on
    /// about the complaint, so its word is the subject after all.
    /// </summary>
    private static bool AsksAboutTheProcess(List<string> words)
    {
        if (words.Any(ProcessWords.Contains))
        {
            return true;
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // "what can i do", "what should we do": asks what to do about what the frame tells.
            if (words[i] is "i" or "we" && words[i + 1] is "do" or "does")
            {
                return true;
            }
            // "how do i", "who can i", "where should we", "how long", "who to": the asker's way through the process.
            // "how did ofsted grade croydon" asks about someone else, and is no process question.
            if (words[i] is "how" or "who" or "whom" or "where"
                && (words[i + 1] is "long" or "to" || words.Skip(i + 1).Take(3).Any(Asker.Contains)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ActWords = new(StringComparer.Ordinal)
    {
        "write", "writing", "wrote", "make", "making", "made", "put", "putting", "send", "sending", "file", "filing", "lodge",
        "submit", "raise", "log", "in", "a", "an", "my", "the", "formal", "official",
    };

    private static readonly HashSet<string> Asker = new(StringComparer.Ordinal) { "i", "we", "you", "u", "me", "us" };

    private static readonly HashSet<string> ProcessWords = new(StringComparer.Ordinal)
    {
        "contact", "send", "escalate", "ombudsman", "advocate", "advocacy", "help",
        "someone", "somebody", "process", "form", "online", "email", "phone", "ring", "call", "number", "address",
        "happens", "next", "reply", "respond", "further", "take", "log", "lodge", "submit", "make", "write",
        // "is there anyone above the council i can go to": where to take it next.
        "anyone", "anybody", "go", "above", "higher", "appeal",
    };
}
