namespace Media.WeChat.Sandbox.State;

/// <summary>Every call made to the WeChat API surface, in arrival order.</summary>
public sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxCall> _calls = [];

    public IReadOnlyList<SandboxCall> All
    {
        get { lock (_gate) { return _calls.ToList(); } }
    }

    public void Add(SandboxCall call)
    {
        lock (_gate) { _calls.Add(call); }
    }

    /// <summary>Calls made to one endpoint, named as after /cgi-bin/, e.g. "draft/add".</summary>
    public int Count(string endpoint)
    {
        lock (_gate) { return _calls.Count(c => c.Endpoint == endpoint); }
    }

    public IReadOnlyDictionary<string, int> CountsByEndpoint()
    {
        lock (_gate) { return _calls.GroupBy(c => c.Endpoint).ToDictionary(g => g.Key, g => g.Count()); }
    }

    public IReadOnlyList<SandboxCall> For(string endpoint)
    {
        lock (_gate) { return _calls.Where(c => c.Endpoint == endpoint).ToList(); }
    }
}
