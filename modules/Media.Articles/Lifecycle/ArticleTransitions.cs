using Media.Abstractions.Content;
using Media.Abstractions.Security;
using static Media.Abstractions.Content.ArticleOperation;
using static Media.Abstractions.Content.EditorialStatus;
using static Media.Articles.Lifecycle.ArticleTrack;

namespace Media.Articles.Lifecycle;

/// <summary>
/// The editorial lifecycle as data: every status change of an article is one of these rows, and a (status, operation)
/// pair that is not here is refused. docs/lifecycle.md §2 prints this table; a test checks that the two agree and that
/// every pair outside it is refused on both databases.
/// </summary>
public static class ArticleTransitions
{
    private static readonly Permission Write = Articles.ArticlesPermissions.EditOwnArticles;
    private static readonly Permission Review = EditorialPermissions.ReviewArticles;
    private static readonly Permission Publisher = EditorialPermissions.PublishArticles;
    private static readonly Permission Retracter = EditorialPermissions.RetractArticles;
    private static readonly Permission Corrector = EditorialPermissions.CorrectArticles;

    public static readonly IReadOnlyList<ArticleTransition> Table =
    [
        new(Original, Draft, Edit, Draft, Write),
        new(Original, Draft, Restore, Draft, Write),
        new(Original, Draft, Submit, InReview, Write),
        new(Original, InReview, Withdraw, Draft, Write),
        new(Original, InReview, Advance, InReview, Review),
        new(Original, InReview, SendBack, Draft, Review),
        new(Original, InReview, SignOff, Approved, Review),
        new(Original, Approved, Reopen, Draft, Write),
        new(Original, Approved, Schedule, Scheduled, Publisher, NeedsSignOff: true),
        new(Original, Approved, Publish, Published, Publisher, NeedsSignOff: true),
        new(Original, Scheduled, Publish, Published, null, NeedsSignOff: true),
        new(Original, Approved, Retract, Retracted, Retracter),
        new(Original, Scheduled, Retract, Retracted, Retracter),
        new(Original, Published, Retract, Retracted, Retracter),
        new(Original, Published, OpenCorrection, Correcting, Corrector),

        new(Correction, Correcting, Edit, Correcting, Write),
        new(Correction, Correcting, Restore, Correcting, Write),
        new(Correction, Correcting, Submit, InReview, Write),
        new(Correction, InReview, Withdraw, Correcting, Write),
        new(Correction, InReview, Advance, InReview, Review),
        new(Correction, InReview, SendBack, Correcting, Review),
        new(Correction, InReview, SignOff, Approved, Review),
        new(Correction, Approved, Reopen, Correcting, Write),
        new(Correction, Approved, Publish, Published, Publisher, NeedsSignOff: true),
        new(Correction, Correcting, Retract, Retracted, Retracter),
        new(Correction, InReview, Retract, Retracted, Retracter),
        new(Correction, Approved, Retract, Retracted, Retracter),
    ];

    public static ArticleTransition? Find(ArticleTrack track, string from, string operation) =>
        Table.FirstOrDefault(t => t.Track == track && t.From == from && t.Operation == operation);

    /// <summary>The operations the table allows from a status on a track, in table order.</summary>
    public static IReadOnlyList<string> From(ArticleTrack track, string status) =>
        Table.Where(t => t.Track == track && t.From == status).Select(t => t.Operation).ToList();
}
