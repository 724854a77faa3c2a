using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class HistoricalSentenceTests
{
    [Theory]
    [InlineData("Managers did not check work well enough.", "Managers did not check work well enough (2017).")]
    [InlineData("The grades were:", "The grades were (2017):")]
    [InlineData("- Overall: inadequate", "- Overall: inadequate (2017)")]
    [InlineData("Ofsted inspected Croydon in June 2017.", "Ofsted inspected Croydon in June 2017.")]
    [InlineData("'The core parts are in place.''", "'The core parts are in place (2017).''")]
    public void ASentenceFromHistoryCarriesItsYear(string sentence, string dated)
    {
        Assert.Equal(dated, AnswerComposer.Dated(sentence, "2017"));
    }
}
