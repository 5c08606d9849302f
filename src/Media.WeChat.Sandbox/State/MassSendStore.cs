namespace Media.WeChat.Sandbox.State;

/// <summary>Every account's mass sends and phone previews.</summary>
public sealed class MassSendStore
{
    private readonly Lock _gate = new();
    private readonly List<SandboxMassSend> _sends = [];
    private readonly List<SandboxPreview> _previews = [];
    private long _nextMsgId = 1000000001;

    public IReadOnlyList<SandboxMassSend> All
    {
        get { lock (_gate) { return _sends.ToList(); } }
    }

    public IReadOnlyList<SandboxPreview> Previews
    {
        get { lock (_gate) { return _previews.ToList(); } }
    }

    /// <summary>Adds the send unless the account already used <paramref name="clientMsgId"/>: then the earlier send is
    /// returned and nothing is added (WeChat's 45065). Both in one step, so racing repeats cannot both send.</summary>
    public (SandboxMassSend Send, bool Existed) AddOnce(string appId, string? clientMsgId, Func<long, SandboxMassSend> create)
    {
        lock (_gate)
        {
            if (clientMsgId is not null && _sends.Find(s => s.AppId == appId && s.ClientMsgId == clientMsgId) is { } existing)
            {
                return (existing, true);
            }

            var send = create(_nextMsgId++);
            _sends.Add(send);
            return (send, false);
        }
    }

    public SandboxMassSend? Find(string appId, long msgId)
    {
        lock (_gate) { return _sends.Find(s => s.AppId == appId && s.MsgId == msgId); }
    }

    public SandboxMassSend? Change(long msgId, Func<SandboxMassSend, SandboxMassSend> change)
    {
        lock (_gate)
        {
            var index = _sends.FindIndex(s => s.MsgId == msgId);
            if (index < 0)
            {
                return null;
            }

            return _sends[index] = change(_sends[index]);
        }
    }

    public void AddPreview(SandboxPreview preview)
    {
        lock (_gate) { _previews.Add(preview); }
    }
}
