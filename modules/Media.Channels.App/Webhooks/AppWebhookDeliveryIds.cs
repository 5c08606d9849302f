using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Media.Channels.App.Webhooks;

/// <summary>
/// The <c>X-Media-Delivery</c> (and body <c>deliveryId</c>) of an <c>article.updated</c> webhook. A published correction
/// goes out on the delivery row of the first publish (docs/lifecycle.md §4), but the app treats the id as an idempotency
/// key (docs/http-api.md §5) and would drop the correction as a duplicate. So the id is derived from the row's id and the
/// version the webhook carries: the same on every retry of that version, different for each correction.
/// </summary>
internal static class AppWebhookDeliveryIds
{
    private static readonly byte[] Domain = "media:app-webhook:updated:"u8.ToArray();

    /// <summary>A name-based id (RFC 9562 version 8 layout over SHA-256), never equal to <paramref name="deliveryId"/> itself.</summary>
    public static Guid ForVersion(Guid deliveryId, int version)
    {
        var input = new byte[Domain.Length + 16 + 4];
        Domain.CopyTo(input, 0);
        deliveryId.TryWriteBytes(input.AsSpan(Domain.Length, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(Domain.Length + 16), version);
        var hash = SHA256.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
