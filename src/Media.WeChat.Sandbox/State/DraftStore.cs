namespace Media.WeChat.Sandbox.State;

/// <summary>The draft box of every account.</summary>
public sealed class DraftStore
{
    private readonly Lock _gate = new();
    private readonly List<SandboxDraft> _drafts = [];

    public IReadOnlyList<SandboxDraft> All
    {
        get { lock (_gate) { return _drafts.ToList(); } }
    }

    public void Add(SandboxDraft draft)
    {
        lock (_gate) { _drafts.Add(draft); }
    }

    public SandboxDraft? Find(string appId, string mediaId)
    {
        lock (_gate) { return _drafts.Find(d => d.AppId == appId && d.MediaId == mediaId); }
    }

    public IReadOnlyList<SandboxDraft> ForAccount(string appId)
    {
        // Newest first, as the draft box lists them.
        lock (_gate) { return _drafts.Where(d => d.AppId == appId).Reverse().ToList(); }
    }

    public bool Replace(SandboxDraft draft)
    {
        lock (_gate)
        {
            var index = _drafts.FindIndex(d => d.AppId == draft.AppId && d.MediaId == draft.MediaId);
            if (index < 0)
            {
                return false;
            }

            _drafts[index] = draft;
            return true;
        }
    }

    /// <summary>Removes and returns a draft in one step, so two racing submits cannot both use it.</summary>
    public SandboxDraft? Take(string appId, string mediaId)
    {
        lock (_gate)
        {
            var index = _drafts.FindIndex(d => d.AppId == appId && d.MediaId == mediaId);
            if (index < 0)
            {
                return null;
            }

            var draft = _drafts[index];
            _drafts.RemoveAt(index);
            return draft;
        }
    }

    public bool Remove(string appId, string mediaId)
    {
        lock (_gate) { return _drafts.RemoveAll(d => d.AppId == appId && d.MediaId == mediaId) > 0; }
    }
}
