using System.Linq.Expressions;
using Media.Abstractions.Content;
using Media.Articles.Data;

namespace Media.Articles.Content;

/// <summary>Which articles the public sees (at their published version): published ones, and published ones whose
/// correction is on its way through review — the published version stays live until the corrected one replaces it.</summary>
public static class LiveArticles
{
    public static readonly Expression<Func<Article, bool>> IsLive = a =>
        a.Status == EditorialStatus.Published
        || (a.CorrectionOfVersion != null
            && (a.Status == EditorialStatus.Correcting || a.Status == EditorialStatus.InReview || a.Status == EditorialStatus.Approved));

    /// <summary>The live pieces other than plainly published ones: those whose correction is on its way. Few at any
    /// time; with <see cref="EditorialStatus.Published"/> they make <see cref="IsLive"/>, split so that a query over
    /// published pieces alone can walk the <c>Status, PublishedAt</c> index newest first.</summary>
    public static readonly Expression<Func<Article, bool>> IsUnderCorrection = a =>
        a.CorrectionOfVersion != null
        && (a.Status == EditorialStatus.Correcting || a.Status == EditorialStatus.InReview || a.Status == EditorialStatus.Approved);

    private static readonly Func<Article, bool> Compiled = IsLive.Compile();

    public static bool Includes(Article article) => Compiled(article);
}
