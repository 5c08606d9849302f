using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Channels;

/// <summary>Adds and lists channels; every change is audited (without its secrets).</summary>
public sealed class ChannelDesk(MediaDbContext db, ChannelSecrets secrets, IAuditTrail audit, TimeProvider clock)
{
    public const string WebChannelName = "县融媒体网站";

    public async Task<Channel> CreateAsync(ChannelInput input, CancellationToken ct)
    {
        var channel = new Channel
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Type = input.Type!,
            Name = input.Name!.Trim(),
            PublicSettings = JsonSerializer.Serialize(input.PublicPart()),
            ProtectedSecrets = secrets.Protect(input.SecretPart()),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(channel);
        audit.Record(new AuditEvent(AuditActions.ChannelCreated, AuditSubject.Named("channel", channel.Id.ToString()),
            Data: new Dictionary<string, object?>
            {
                ["type"] = channel.Type, ["name"] = channel.Name, ["settings"] = input.PublicPart(),
                ["secretsSet"] = input.SecretPart().Keys.Order(StringComparer.Ordinal).ToList(),
            }));
        await db.SaveChangesAsync(ct);
        return channel;
    }

    public async Task<IReadOnlyList<ChannelResponse>> ListAsync(CancellationToken ct)
    {
        var channels = await db.Set<Channel>().AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return channels.Select(c => ChannelResponse.From(c, secrets.Unprotect(c).Keys)).ToList();
    }

    public async Task<ChannelResponse?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c
            ? ChannelResponse.From(c, secrets.Unprotect(c).Keys)
            : null;

    /// <summary>The county site is a channel like the others, created once at first start.</summary>
    public async Task EnsureWebChannelAsync(CancellationToken ct)
    {
        if (await db.Set<Channel>().AnyAsync(c => c.Type == ChannelTypes.Web, ct)) return;
        db.Add(new Channel
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), Type = ChannelTypes.Web, Name = WebChannelName, CreatedAt = clock.GetUtcNow(),
        });
        audit.Record(new AuditEvent(AuditActions.ChannelCreated, AuditSubject.Named("channel", ChannelTypes.Web),
            Data: new Dictionary<string, object?> { ["type"] = ChannelTypes.Web }, Actor: AuditActor.System));
        await db.SaveChangesAsync(ct);
    }
}
