using Media.WeChat.Sandbox.Protocol;

namespace Media.WeChat.Sandbox.State;

/// <summary>Publish jobs and their state machine: 1 → 0|2|3|4; 0 → 5 (deleted) or 6 (banned).</summary>
public sealed class PublishStore
{
    private const long FirstPublishId = 2247503051;

    private readonly Lock _gate = new();
    private readonly List<SandboxPublish> _jobs = [];
    private readonly Queue<PublishOutcome> _nextOutcomes = new();
    private long _nextId = FirstPublishId;

    public IReadOnlyList<SandboxPublish> All
    {
        get { lock (_gate) { return _jobs.ToList(); } }
    }

    /// <summary>The next submitted jobs end with these outcomes, in order, instead of the configured default.</summary>
    public void EnqueueOutcome(PublishOutcome outcome)
    {
        lock (_gate) { _nextOutcomes.Enqueue(outcome); }
    }

    public SandboxPublish Create(SandboxDraft draft, DateTimeOffset now, DateTimeOffset due)
    {
        lock (_gate)
        {
            _nextOutcomes.TryDequeue(out var planned);
            var job = new SandboxPublish(_nextId++, draft.AppId, draft.MediaId, draft.Articles, SandboxIds.MsgDataId(),
                1, now, due, 0, planned, null, [], [], [], null);
            _jobs.Add(job);
            return job;
        }
    }

    public SandboxPublish? Find(long publishId)
    {
        lock (_gate) { return _jobs.Find(j => j.PublishId == publishId); }
    }

    public SandboxPublish? FindByArticle(string appId, string articleId)
    {
        lock (_gate) { return _jobs.Find(j => j.AppId == appId && j.ArticleId == articleId); }
    }

    public SandboxPublish? RecordPoll(long publishId) =>
        Update(publishId, j => j with { Polls = j.Polls + 1 });

    /// <summary>Ends a job still in status 1; null when it does not exist or has already ended.</summary>
    public SandboxPublish? TryResolve(long publishId, PublishOutcome outcome, DateTimeOffset now, string linkBase) =>
        Update(publishId, j => j.IsFinished ? null : outcome.Status == 0
            ? j with
            {
                Status = 0,
                FinishedAt = now,
                ArticleId = SandboxIds.ArticleId(),
                ArticleUrls = j.Articles.Select(_ => $"{linkBase}/s/{SandboxIds.ShortLink()}").ToList(),
                DeletedItems = j.Articles.Select(_ => false).ToList(),
            }
            : j with { Status = outcome.Status, FinishedAt = now, FailIdx = outcome.FailIdx });

    /// <summary>freepublish/delete: index 0 deletes all (status 5); index k deletes article k (1-based).</summary>
    public bool DeleteArticle(long publishId, int index) =>
        Update(publishId, j =>
        {
            var deleted = j.DeletedItems.Select((d, i) => d || index == 0 || i == index - 1).ToList();
            return j with { DeletedItems = deleted, Status = deleted.All(d => d) ? 5 : j.Status };
        }) is not null;

    /// <summary>Status 6: the platform banned a published article.</summary>
    public bool Ban(long publishId) =>
        Update(publishId, j => j.ArticleId is null ? null : j with { Status = 6 }) is not null;

    private SandboxPublish? Update(long publishId, Func<SandboxPublish, SandboxPublish?> change)
    {
        lock (_gate)
        {
            var index = _jobs.FindIndex(j => j.PublishId == publishId);
            var changed = index < 0 ? null : change(_jobs[index]);
            if (changed is not null)
            {
                _jobs[index] = changed;
            }

            return changed;
        }
    }
}
