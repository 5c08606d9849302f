namespace Media.Abstractions.Content;

/// <summary>
/// A status change another module asks the Articles module to apply (<see cref="IArticleLifecycle.ApplyAsync"/>).
/// Review decides and Distribution delivers; only Articles changes an article's status, after checking the
/// transition table and the caller's permission. <see cref="ExpectedVersion"/>, when given, must be the current one.
/// </summary>
public abstract record ArticleCommand(string Operation, int? ExpectedVersion)
{
    /// <summary>draft (or correcting) → in_review at the workflow's first stage.</summary>
    public sealed record Submit(int Version, ReviewStagePosition FirstStage) : ArticleCommand(ArticleOperation.Submit, Version);

    /// <summary>in_review → draft (or correcting), by its author.</summary>
    public sealed record Withdraw(int Version) : ArticleCommand(ArticleOperation.Withdraw, Version);

    /// <summary>in_review → in_review at the next stage (an approval that is not the last).</summary>
    public sealed record Advance(int Version, ReviewStagePosition NextStage) : ArticleCommand(ArticleOperation.Advance, Version);

    /// <summary>in_review → draft (or correcting) with the reviewer's comment for the author.</summary>
    public sealed record SendBack(int Version, string Comment) : ArticleCommand(ArticleOperation.SendBack, Version);

    /// <summary>in_review → approved, pinned to the version and hash the last stage approved (签发).</summary>
    public sealed record SignOff(SignOffPin Pin) : ArticleCommand(ArticleOperation.SignOff, Pin.Version);

    /// <summary>approved → draft (or correcting): the sign-off is voided so the piece can change.</summary>
    public sealed record Reopen(int Version) : ArticleCommand(ArticleOperation.Reopen, Version);

    /// <summary>approved → scheduled; the sign-off guard runs first.</summary>
    public sealed record Schedule(DateTimeOffset At) : ArticleCommand(ArticleOperation.Schedule, null);

    /// <summary>approved → published by a person, or scheduled → published by Media's own job when the time comes;
    /// the sign-off guard runs first. On a correction the corrected version replaces the published one.</summary>
    public sealed record Publish : ArticleCommand
    {
        public Publish()
            : base(ArticleOperation.Publish, null)
        {
        }
    }

    /// <summary>Anything that is or may soon be public → retracted (撤稿), with the reason.</summary>
    public sealed record Retract(string Reason) : ArticleCommand(ArticleOperation.Retract, null);
}
