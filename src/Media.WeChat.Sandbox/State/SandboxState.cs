using Media.WeChat.Sandbox.Faults;

namespace Media.WeChat.Sandbox.State;

/// <summary>Everything the sandbox holds, in memory. One instance per sandbox, held by DI; safe for concurrent calls.</summary>
public sealed class SandboxState
{
    private volatile bool _publishIdAsString;

    public SandboxState(WeChatSandboxOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Tokens = new TokenStore(time, options.TokenLifetime);
        _publishIdAsString = options.PublishIdAsString;
    }

    public WeChatSandboxOptions Options { get; }

    public TokenStore Tokens { get; }

    public MediaStore Media { get; } = new();

    public DraftStore Drafts { get; } = new();

    public PublishStore Publishes { get; } = new();

    public MassSendStore MassSends { get; } = new();

    public CallLog Calls { get; } = new();

    public FaultQueue Faults { get; } = new();

    public CallbackLog Callbacks { get; } = new();

    /// <summary>Switchable at run time so one sandbox can test a client on both publish_id shapes.</summary>
    public bool PublishIdAsString
    {
        get => _publishIdAsString;
        set => _publishIdAsString = value;
    }

    public SandboxAccountOptions? FindAccount(string? appId) =>
        Options.Accounts.Find(a => string.Equals(a.AppId, appId, StringComparison.Ordinal));
}
