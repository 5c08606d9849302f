using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Distribution.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Distribution.Endpoints;

public static class ChannelsEndpoints
{
    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        var channels = app.MapGroup("/api/channels").WithTags("Channels");
        channels.MapPost("/", CreateAsync).RequirePermission(DistributionPermissions.ManageChannels).RequireStepUp();
        channels.MapPut("/{id:guid}", UpdateAsync).RequirePermission(DistributionPermissions.ManageChannels).RequireStepUp();
        channels.MapGet("/", ListAsync).RequirePermission(DistributionPermissions.ViewChannels);
        channels.MapGet("/{id:guid}", GetAsync).RequirePermission(DistributionPermissions.ViewChannels);
        return app;
    }

    internal static async Task<Results<Created<ChannelResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ChannelInput input, ChannelDesk desk, OutboundAddressPolicy outbound, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var addresses = await ChannelAddresses.CheckAsync(input, outbound, ct);
        if (addresses.Any) return Problems.UnprocessableFields(addresses.ToDictionary(), "The channel's address is not one Media may call.");
        var channel = await desk.CreateAsync(input, ct);
        return TypedResults.Created($"/api/channels/{channel.Id}", ChannelResponse.From(channel, input.SecretPart().Keys));
    }

    internal static async Task<Results<Ok<ChannelResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ChannelUpdate update, ChannelDesk desk, OutboundAddressPolicy outbound, CancellationToken ct)
    {
        var change = await desk.UpdateAsync(id, update, outbound, ct);
        if (change.Channel is null) return Problems.NotFound($"No channel {id}.");
        if (change.Conflict is not null) return Problems.Conflict(change.Conflict);
        if (change.Invalid is not null) return Problems.Validation(change.Invalid);
        if (change.Refused is not null) return Problems.UnprocessableFields(change.Refused, "The channel's address is not one Media may call.");
        return TypedResults.Ok(ChannelResponse.From(change.Channel, change.SecretNames!));
    }

    public sealed record ChannelList(IReadOnlyList<ChannelResponse> Items, int Total, int Page, int PageSize);

    /// <summary>A newsroom has a handful of channels: one page holds them all.</summary>
    internal static async Task<Ok<ChannelList>> ListAsync(ChannelDesk desk, CancellationToken ct)
    {
        var channels = await desk.ListAsync(ct);
        return TypedResults.Ok(new ChannelList(channels, channels.Count, 1, Math.Max(1, channels.Count)));
    }

    internal static async Task<Results<Ok<ChannelResponse>, ProblemHttpResult>> GetAsync(Guid id, ChannelDesk desk, CancellationToken ct) =>
        await desk.FindAsync(id, ct) is { } channel ? TypedResults.Ok(channel) : Problems.NotFound($"No channel {id}.");
}
