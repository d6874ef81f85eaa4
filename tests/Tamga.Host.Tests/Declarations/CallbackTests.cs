using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Declarations;

public sealed class CallbackTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Notifications_ArePushedSigned_AndRetriedUntilDelivered()
    {
        var port = FreePort();
        using var receiver = new HttpListener();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        receiver.Start();
        using var trader = await factory.ClientForAsync("broker");
        const string secret = "a-very-secret-callback-key";
        var registered = await trader.PutAsJsonAsync("/api/v1/callbacks", new { url = $"http://127.0.0.1:{port}/hook/", secret });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        var (response, _) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("PUSH-0001", declarant: "GB603202734852"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var received = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var refusedOnce = false;
        while (received.Count < 3) // acceptance (DMSACC), duty assessment (DMSTAX), release (DMSCLE)
        {
            var context = await receiver.GetContextAsync().WaitAsync(timeout.Token);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!refusedOnce)
            {
                // The first attempt fails: the notification must come again.
                refusedOnce = true;
                context.Response.StatusCode = 503;
                context.Response.Close();
                continue;
            }

            var timestamp = context.Request.Headers["X-Tamga-Timestamp"]!;
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
            Assert.Equal(expected, context.Request.Headers["X-Tamga-Signature"]);
            received.Add(body);
            context.Response.StatusCode = 204;
            context.Response.Close();
        }

        Assert.Contains(received, b => b.Contains("DMSACC", StringComparison.Ordinal) || b.Contains("DMSCLE", StringComparison.Ordinal));
        // The deliverer records the outcome just after the receiver answered: wait for the log to show it.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        System.Text.Json.JsonElement log;
        do
        {
            await Task.Delay(200);
            log = await SimpleImport.GetAsync(trader, "/api/v1/callbacks/deliveries");
        }
        while (DateTime.UtcNow < deadline && !log.EnumerateArray().All(d => d.GetProperty("deliveredAt").ValueKind != System.Text.Json.JsonValueKind.Null));

        Assert.All(log.EnumerateArray(), d => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, d.GetProperty("deliveredAt").ValueKind));
        Assert.Contains(log.EnumerateArray(), d => d.GetProperty("attempts").GetInt32() >= 2);
    }

    [Theory]
    [InlineData("ftp://example.org/x", "a-very-secret-callback-key")]
    [InlineData("not a url", "a-very-secret-callback-key")]
    [InlineData("https://user:pw@example.org/x", "a-very-secret-callback-key")]
    [InlineData("https://example.org/x", "short")]
    public async Task BadRegistration_Gives400(string url, string secret)
    {
        using var trader = await factory.ClientForAsync("trader");
        var response = await trader.PutAsJsonAsync("/api/v1/callbacks", new { url, secret });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
