using System.Text.Json;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>Waits (bounded) for the jobs to bring every delivery of an article into one of the wanted states.</summary>
internal static class DeliveryPolling
{
    public static async Task<JsonElement> UntilAllAsync(MediaClient client, Guid articleId, params string[] states)
    {
        JsonElement deliveries = default;
        for (var i = 0; i < 150; i++)
        {
            deliveries = await client.GetJsonAsync($"/api/articles/{articleId}/deliveries");
            if (deliveries.GetArrayLength() > 0 && deliveries.EnumerateArray().All(d => states.Contains(d.GetProperty("state").GetString())))
                return deliveries;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"Deliveries did not reach {string.Join('/', states)}: {deliveries}");
    }
}
