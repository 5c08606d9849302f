namespace Media.WeChat.Sandbox.State;

/// <summary>Issues and checks tokens with WeChat's rules: 5-minute overlaps, stable-token reuse and forced refresh.</summary>
public sealed class TokenStore(TimeProvider time, TimeSpan lifetime)
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ForceSpacing = TimeSpan.FromSeconds(30);
    private const int ForcedPerDay = 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _forced = new(StringComparer.Ordinal);
    private long _sequence;

    public IReadOnlyList<IssuedToken> All
    {
        get { lock (_gate) { return _tokens.Values.OrderBy(t => t.IssuedAt).ToList(); } }
    }

    /// <summary>/cgi-bin/token: always a new token; the previous ones stay usable for five more minutes.</summary>
    public IssuedToken IssueBasic(string appId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var old in Live(appId, stable: false, now))
            {
                _tokens[old.Value] = old with { SupersededUntil = Min(old.ExpiresAt, now + Overlap) };
            }

            return Mint(appId, stable: false, now);
        }
    }

    /// <summary>/cgi-bin/stable_token; null means the daily force_refresh cap (20) is used up.</summary>
    public IssuedToken? IssueStable(string appId, bool forceRefresh)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var current = Live(appId, stable: true, now).MaxBy(t => t.IssuedAt);
            if (forceRefresh)
            {
                return ForceRefresh(appId, current, now);
            }

            // A valid token comes back as is until its last five minutes, when a new one overlaps it.
            return current is not null && current.ExpiresAt - now > Overlap ? current : Mint(appId, stable: true, now);
        }
    }

    public TokenCheck Check(string token)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!_tokens.TryGetValue(token, out var issued) || issued.Revoked || issued.SupersededUntil <= now)
            {
                return new TokenCheck(null, 40001);
            }

            return issued.ExpiresAt <= now ? new TokenCheck(null, 42001) : new TokenCheck(issued.AppId, 0);
        }
    }

    /// <summary>Revokes every token of an account, as if the secret had been reset.</summary>
    public int Invalidate(string appId)
    {
        lock (_gate)
        {
            var revoked = _tokens.Values.Where(t => t.AppId == appId && !t.Revoked).ToList();
            revoked.ForEach(t => _tokens[t.Value] = t with { Revoked = true });
            return revoked.Count;
        }
    }

    public int SecondsLeft(IssuedToken token) =>
        (int)Math.Max(0, Math.Ceiling((token.ExpiresAt - time.GetUtcNow()).TotalSeconds));

    private IssuedToken? ForceRefresh(string appId, IssuedToken? current, DateTimeOffset now)
    {
        // WeChat counts the cap per (Beijing) day; inside 30 s of the last forced refresh nothing is refreshed.
        var today = now.ToOffset(TimeSpan.FromHours(8)).Date;
        if (!_forced.TryGetValue(appId, out var forced))
        {
            _forced[appId] = forced = [];
        }

        forced.RemoveAll(at => at.ToOffset(TimeSpan.FromHours(8)).Date != today);
        if (current is not null && forced.Count > 0 && now - forced[^1] < ForceSpacing)
        {
            return current;
        }

        if (forced.Count >= ForcedPerDay)
        {
            return null;
        }

        forced.Add(now);
        if (current is not null)
        {
            _tokens[current.Value] = current with { Revoked = true };
        }

        return Mint(appId, stable: true, now);
    }

    private List<IssuedToken> Live(string appId, bool stable, DateTimeOffset now) =>
        _tokens.Values
            .Where(t => t.AppId == appId && t.Stable == stable && !t.Revoked && t.ExpiresAt > now
                && (t.SupersededUntil is null || t.SupersededUntil > now))
            .ToList();

    private IssuedToken Mint(string appId, bool stable, DateTimeOffset now)
    {
        var token = new IssuedToken(Protocol.SandboxIds.AccessToken(++_sequence), appId, stable, now, now + lifetime);
        _tokens[token.Value] = token;
        return token;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
