using Media.AuditTrail.Pages.Admin.Audit;

namespace Media.AuditTrail.Tests.Unit;

public sealed class SheetDecisionTests
{
    [Fact]
    public void From_ReadsStageDecisionAndComment_FromAReviewEntry()
    {
        var entry = TestChain.Entry(2, """{"stage":"First","decision":"approved","comment":"同意"}""");
        entry.Action = "review.decided";

        var decision = SheetDecision.From(entry);

        Assert.NotNull(decision);
        Assert.Equal("First", decision.Stage);
        Assert.Equal("approved", decision.Decision);
        Assert.Equal("同意", decision.Comment);
        Assert.Equal(entry.ActorName, decision.Reviewer);
    }

    [Fact]
    public void From_ReadsTheReviewModulesFields_StageNameRoleAndRound()
    {
        var entry = TestChain.Entry(5, """{"round":2,"stageIndex":1,"stageName":"复审","role":"ChiefEditor","decision":"approve","comment":null}""");
        entry.Action = "review.approved";

        var decision = SheetDecision.From(entry)!;

        Assert.Equal(("复审", "ChiefEditor", "2", "approve"), (decision.Stage, decision.Role, decision.Round, decision.Decision));
        Assert.Null(decision.Comment);
    }

    [Fact]
    public void From_IsNull_ForOtherActions_AndFallsBackToTheActionName()
    {
        var edit = TestChain.Entry(2);
        var bare = TestChain.Entry(3, "{}");
        bare.Action = "review.rejected";

        Assert.Null(SheetDecision.From(edit));
        Assert.Equal("rejected", SheetDecision.From(bare)!.Decision);
    }
}
