namespace Media.WeChat.Sandbox.State;

/// <summary>The inbox of callback attempts, for assertions and the inspection page.</summary>
public sealed class CallbackLog
{
    private readonly Lock _gate = new();
    private readonly List<CallbackAttempt> _attempts = [];

    public IReadOnlyList<CallbackAttempt> All
    {
        get { lock (_gate) { return _attempts.ToList(); } }
    }

    public void Add(CallbackAttempt attempt)
    {
        lock (_gate) { _attempts.Add(attempt); }
    }
}
