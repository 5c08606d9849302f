using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;

namespace Media.Abstractions.Tests.Unit;

/// <summary>How pages word refusals (docs/admin-ui.md §13): the desk's Chinese, or one Chinese sentence per kind; the
/// English detail only for 技术信息; the API's problem details as they were.</summary>
public sealed partial class OutcomeTextTests
{
    public static TheoryData<OutcomeKind> Refusals() => new(Enum.GetValues<OutcomeKind>().Where(k => k != OutcomeKind.Done));

    [Theory]
    [MemberData(nameof(Refusals))]
    public void EveryRefusalKind_HasAChineseSentence(OutcomeKind kind)
    {
        var text = new Outcome(kind, "Something English happened here.").ForPeople();

        Assert.Matches(Chinese(), text);
        Assert.DoesNotMatch(Latin(), text);
    }

    [Fact]
    public void TheDesksMessage_WinsOverTheGenericSentence_AndTheDetailGoesToTechnical()
    {
        var outcome = Outcome.Conflict("Only a failed delivery can be retried; this one is 'delivered'.").Says("只有投递失败的才能重试。");

        Assert.Equal("只有投递失败的才能重试。", outcome.ForPeople());
        Assert.Equal("Only a failed delivery can be retried; this one is 'delivered'.", outcome.Technical());
        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
    }

    [Fact]
    public void Technical_CarriesTheFieldMessages_AndIsNullWhenThereIsNothingMore()
    {
        var invalid = Outcome.Invalid("wxName", "Give the WeChat id.");

        Assert.Equal("One or more fields are invalid. · wxName: Give the WeChat id.", invalid.Technical());
        Assert.Null(new Outcome(OutcomeKind.Forbidden).Technical());
    }

    [Fact]
    public void TheProblemDetails_KeepTheEnglishDetail_AndGainNoMember()
    {
        var problem = Outcome.Conflict("The push is signed_off: only a push waiting for sign-off can be reordered.").Says("只有待签发的推送可以调整顺序。").ToProblem();

        Assert.Equal(409, problem.StatusCode);
        Assert.Equal("The push is signed_off: only a push waiting for sign-off can be reordered.", problem.ProblemDetails.Detail);
        Assert.DoesNotContain("message", problem.ProblemDetails.Extensions.Keys);
    }

    [Fact]
    public void EveryOperation_HasAChineseName()
    {
        foreach (var operation in ArticleOperation.All)
            Assert.Matches(Chinese(), ArticleOperation.Label(operation));
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5]")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
