using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Declarations;

public sealed class ControlTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private async Task<string> LodgeRedAsync(HttpClient trader, string lrn)
    {
        // Parts of military weapons (9305 91 00: 0% duty; VATZ as SimpleImport declares): nothing is due, so the
        // officer's release does not wait for a payment.
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json(lrn, commodity: "9305910000"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("UnderControl", body.GetProperty("status").GetString());
        Assert.Equal("Red", body.GetProperty("channel").GetString());
        // The declarant is told the control, not the criteria behind it.
        Assert.Equal(["selected for a physical examination"], body.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal("ZZ000002", body.GetProperty("controlOffice").GetString());
        return body.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task TheDeclarant_IsToldTheControl_AndCustoms_TheRiskReasonsAndSkillsBehindIt()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var id = await LodgeRedAsync(trader, "RED-TOLD-0001");

        var told = await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}");
        Assert.Equal(["selected for a physical examination"], told.GetProperty("summary").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Empty(told.GetProperty("summary").GetProperty("requiredSkills").EnumerateArray());
        var step = told.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("status").GetString() == "UnderControl");
        Assert.Equal("red channel: physical examination", step.GetProperty("reason").GetString());
        var listed = (await SimpleImport.GetAsync(trader, "/api/v1/declarations?lrn=RED-TOLD-0001")).GetProperty("items")[0];
        Assert.Equal(["selected for a physical examination"], listed.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var official = await SimpleImport.GetAsync(officer, $"/api/v1/declarations/{id}");
        Assert.Contains(official.GetProperty("summary").GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("chapter 93", StringComparison.Ordinal));
        Assert.Equal(["physical"], official.GetProperty("summary").GetProperty("requiredSkills").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Contains("chapter 93", official.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("status").GetString() == "UnderControl").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedDeclaration_IsReleasedByAnOfficerOfItsOffice_WithEveryStepNotifiedAndAudited()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var id = await LodgeRedAsync(trader, "RED-0001");

        // ZZ000002 is supervised by ZZ000001, the officer's office.
        var queue = await SimpleImport.GetAsync(officer, "/api/v1/control/queue");
        var item = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal("Red", item.GetProperty("channel").GetString());

        var assigned = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { });
        Assert.True(assigned.StatusCode == HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var request = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/document-requests", new { description = "Commercial invoice and end-user certificate" });
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        var requestId = (await request.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetString();

        var upload = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/documents", new { requestId, fileName = "invoice.pdf", contentType = "application/pdf", contentBase64 = Convert.ToBase64String("%PDF-1.4 invoice"u8.ToArray()) });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var result = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "Goods match the declaration.", outcome = "release" });
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var detail = await result.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Released", detail.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal("officer", detail.GetProperty("summary").GetProperty("assignedOfficer").GetString());

        var notifications = await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}/notifications");
        Assert.Equal(["DMSACC", "DMSTAX", "DMSCTL", "DMSDOC", "DMSRES", "DMSCLE"], notifications.EnumerateArray().Select(n => n.GetProperty("type").GetString()!).ToArray());
        Assert.Equal(["Registered", "UnderControl", "Released"], detail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()!).ToArray());

        using var auditor = await factory.ClientForAsync("auditor");
        var audit = await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify");
        Assert.True(audit.GetProperty("intact").GetBoolean());
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id && false);
        var after = await SimpleImport.GetAsync(officer, "/api/v1/control/queue");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Refusal_EndsTheControl_AndTheTraderCannotAmendAfterwards()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var id = await LodgeRedAsync(trader, "RED-0002");
        var result = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "Undeclared weapons parts.", outcome = "refuse" });
        Assert.Equal("Refused", (await result.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("status").GetString());
        var amend = await trader.PostAsync($"/api/v1/declarations/{id}/amendments", SimpleImport.Content(SimpleImport.Json("RED-0002")));
        Assert.Equal(HttpStatusCode.Conflict, amend.StatusCode);
    }

    [Fact]
    public async Task Amendment_BeforeRelease_IsRoutedAgain_AndCancellationAfterReleaseIsRefused()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeRedAsync(trader, "AMEND-0001");
        var amend = await trader.PostAsync($"/api/v1/declarations/{id}/amendments", SimpleImport.Content(SimpleImport.Json("AMEND-0001")));
        Assert.Equal(HttpStatusCode.OK, amend.StatusCode);
        var amended = await amend.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Released", amended.GetProperty("status").GetString());
        Assert.Equal(2, amended.GetProperty("version").GetInt32());

        var cancel = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/cancellation", new { reason = "Lodged twice" });
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("released", await cancel.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var officer = await factory.ClientForAsync("officer");
        var invalidate = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/invalidation", new { reason = "Goods returned before removal" });
        Assert.Equal(HttpStatusCode.OK, invalidate.StatusCode);
        Assert.Equal("Invalidated", (await invalidate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancellation_BeforeRelease_IsAccepted()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeRedAsync(trader, "CANCEL-0001");
        var missing = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/cancellation", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var cancel = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/cancellation", new { reason = "Wrong consignment" });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Cancelled", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task OfficerOfAnotherOffice_CannotControl()
    {
        using var admin = await factory.ClientForAsync("admin");
        await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "airport", password = "airport-pass", roles = new[] { "officer" }, offices = new[] { "ZZ000003" } });
        using var airport = await factory.ClientForAsync("airport", "airport-pass");
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeRedAsync(trader, "RED-0003");
        var queue = await SimpleImport.GetAsync(airport, "/api/v1/control/queue");
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        var result = await airport.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "x", outcome = "release" });
        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
    }

    [Fact]
    public async Task ControlResult_WithBadInput_Gives400NamingTheFields()
    {
        using var officer = await factory.ClientForAsync("officer");
        var response = await officer.PostAsJsonAsync($"/api/v1/declarations/{Guid.NewGuid()}/control-result", new { outcome = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("findings", text, StringComparison.Ordinal);
        Assert.Contains("outcome", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceivedDocument_IsDownloadedAsAnAttachment_OnlyByThoseWhoSeeTheDeclaration()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var broker = await factory.ClientForAsync("broker");
        var id = await LodgeRedAsync(trader, "DOC-0001");
        var request = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/document-requests", new { description = "Packing list" });
        var requestId = (await request.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetString();
        var url = $"/api/v1/declarations/{id}/documents/{requestId}";

        // Nothing received yet.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(url)).StatusCode);

        var page = "<html><script>alert(1)</script></html>"u8.ToArray();
        var upload = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/documents", new { requestId, fileName = "list.html", contentType = "text/html", contentBase64 = Convert.ToBase64String(page) });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        foreach (var client in new[] { officer, trader })
        {
            using var download = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(page, await download.Content.ReadAsByteArrayAsync());
            // Never rendered as a page of the site: an attachment, not typed as HTML, sandboxed.
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("list.html", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
            Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await broker.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/declarations/{id}/documents/{Guid.NewGuid()}")).StatusCode);
    }
}
