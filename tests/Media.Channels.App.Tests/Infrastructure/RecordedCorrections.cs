using Media.Abstractions.Content;

namespace Media.Channels.App.Tests.Infrastructure;

/// <summary>The Articles module's published corrections as a bare sender host sees them: what a test records here is
/// what <see cref="IPublishedCorrections"/> answers (the real one is exercised end to end in the correction tests).</summary>
internal sealed class RecordedCorrections : IPublishedCorrections
{
    private readonly List<CorrectionNotice> notices = [];

    public void Add(CorrectionNotice notice)
    {
        lock (notices) notices.Add(notice);
    }

    public void Clear()
    {
        lock (notices) notices.Clear();
    }

    public Task<IReadOnlyList<CorrectionNotice>> ForArticleAsync(Guid articleId, CancellationToken cancellationToken)
    {
        lock (notices)
            return Task.FromResult<IReadOnlyList<CorrectionNotice>>(notices.Where(n => n.ArticleId == articleId).OrderBy(n => n.PublishedAt).ToList());
    }

    public Task<(IReadOnlyList<CorrectionNotice> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        lock (notices)
        {
            var newest = notices.OrderByDescending(n => n.PublishedAt).ToList();
            return Task.FromResult<(IReadOnlyList<CorrectionNotice>, int)>((newest.Skip((page - 1) * pageSize).Take(pageSize).ToList(), newest.Count));
        }
    }
}
