namespace Media.WeChat.Sandbox;

/// <summary>How the sandbox behaves. Bound from "WeChatSandbox" when run on its own.</summary>
public sealed class WeChatSandboxOptions
{
    public const string SectionName = "WeChatSandbox";

    public List<SandboxAccountOptions> Accounts { get; set; } = [];

    /// <summary>Loopback port for <see cref="WeChatSandboxServer"/>; 0 takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>Lifetime of a freshly issued access_token; WeChat's is 7200 s.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);

    /// <summary>Old servers answered a wrong secret with 40001, newer ones with 40125.</summary>
    public int WrongSecretErrcode { get; set; } = 40125;

    /// <summary>publish_id is emitted as a JSON number by default (what real responses carry); true emits a string.</summary>
    public bool PublishIdAsString { get; set; }

    /// <summary>How long a publish job stays in status 1 (publishing) before it resolves.</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>When set, a job resolves on this freepublish/get poll instead of after <see cref="PublishDelay"/>.</summary>
    public int? PublishCompletesOnPoll { get; set; }

    /// <summary>Final status for jobs without a queued or explicit outcome: 0 success, 2/3/4 failures.</summary>
    public int DefaultPublishStatus { get; set; }

    /// <summary>Image URLs are minted under this base; null mints them under the sandbox itself, which also serves them.</summary>
    public string? ImageUrlBase { get; set; } = "http://mmbiz.qpic.cn";

    public int MaxArticlesPerDraft { get; set; } = 8;

    /// <summary>How long a mass send stays SENDING before it succeeds (after any confirmation 群发保护 needs).</summary>
    public TimeSpan MassSendDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The followers a mass send to all reaches: MASSSENDJOBFINISH's TotalCount, FilterCount and SentCount.</summary>
    public int FollowerCount { get; set; } = 1000;

    /// <summary>Answer bodies that contain \uXXXX escapes with 40033 instead of only recording them.</summary>
    public bool RejectUnicodeEscapes { get; set; }

    /// <summary>Strip scripts, on* attributes and non-WeChat image sources from stored draft content.</summary>
    public bool SanitizeContent { get; set; } = true;

    /// <summary>Callbacks go to loopback addresses only unless this is set.</summary>
    public bool AllowNonLoopbackCallbacks { get; set; }

    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public int CallbackAttempts { get; set; } = 3;

    /// <summary>Adds one demo account when none is configured, so a bare `dotnet run` is usable.</summary>
    public WeChatSandboxOptions WithDemoAccountIfEmpty()
    {
        if (Accounts.Count == 0)
        {
            Accounts.Add(new SandboxAccountOptions());
        }

        return this;
    }
}
