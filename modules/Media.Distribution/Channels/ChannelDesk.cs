using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Http;
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

    /// <summary>Changes a channel's name, whether it is in use, and its settings (docs/http-api.md §4.7): what the
    /// update leaves out keeps its value, and a secret left blank keeps the stored one. The merged settings pass the
    /// same checks as a new channel's. The audit entry names the secrets that changed, never their values.</summary>
    public async Task<ChannelChange> UpdateAsync(Guid id, ChannelUpdate update, OutboundAddressPolicy outbound, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (channel is null) return new(null);
        if (channel.Type == ChannelTypes.Web)
            return new(channel, Conflict: "县融媒体网站是固定渠道，每篇稿件都会发布到这里，不能修改或停用。The county site channel cannot be changed or disabled.");

        var storedSecrets = secrets.Unprotect(channel);
        var merged = update.Merge(channel, Public(channel), storedSecrets);
        var errors = merged.Check();
        if (errors.Any) return new(channel, Invalid: errors.ToDictionary());
        var addresses = await ChannelAddresses.CheckAsync(merged, outbound, ct);
        if (addresses.Any) return new(channel, Refused: addresses.ToDictionary());

        var before = Audited(channel);
        var newSecrets = merged.SecretPart();
        var changedSecrets = newSecrets.Keys.Union(storedSecrets.Keys)
            .Where(k => !newSecrets.TryGetValue(k, out var v) || !storedSecrets.TryGetValue(k, out var old) || v != old)
            .Order(StringComparer.Ordinal).ToList();
        channel.Name = merged.Name!.Trim();
        channel.IsEnabled = update.IsEnabled ?? channel.IsEnabled;
        channel.PublicSettings = JsonSerializer.Serialize(merged.PublicPart());
        if (changedSecrets.Count > 0) channel.ProtectedSecrets = secrets.Protect(newSecrets);
        var after = Audited(channel);
        if (changedSecrets.Count == 0 && JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after))
            return new(channel, SecretNames: storedSecrets.Keys.ToList());
        audit.Record(new AuditEvent(AuditActions.ChannelChanged, AuditSubject.Named("channel", channel.Id.ToString()),
            Data: new Dictionary<string, object?> { ["before"] = before, ["after"] = after, ["secretsChanged"] = changedSecrets }));
        await db.SaveChangesAsync(ct);
        return new(channel, SecretNames: newSecrets.Keys.ToList());
    }

    private static Dictionary<string, string> Public(Channel c) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(c.PublicSettings) ?? new();

    private static Dictionary<string, object?> Audited(Channel c) =>
        new() { ["name"] = c.Name, ["isEnabled"] = c.IsEnabled, ["settings"] = Public(c) };

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

/// <summary>What <see cref="ChannelDesk.UpdateAsync"/> answered: the channel (null when unknown) and its secrets'
/// names, or why not — <see cref="Invalid"/> a 400, <see cref="Refused"/> an address Media may not call (422).</summary>
public sealed record ChannelChange(Channel? Channel, IDictionary<string, string[]>? Invalid = null,
    IDictionary<string, string[]>? Refused = null, string? Conflict = null, IReadOnlyList<string>? SecretNames = null);
