using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

/// <summary>
/// The trader's and the officer's declaration pages, driven as people use them: lodging by upload and by form,
/// the work queue, documents asked for and sent, the control result, in English, French and Russian.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DeclarationTests(BrowserFixture fixture)
{
    /// <summary>A sample whose declarant (DE 3/18) is the demo trader's party, GB553202734852: one item of teddy bears, 1,500 GBP.</summary>
    private const string GreenSample = "TT_IM048a/TT_IM048a.xml";

    /// <summary>The texts the tests look for, in one language.</summary>
    public sealed record Words(
        string Language,
        string NativeName,
        string NavLodge,
        string Submit,
        string CommodityRule,
        string CountryRule,
        string UnderControl,
        string RedChannel,
        string Chapter93,
        string NavQueue,
        string ControlTitle,
        string AssignToMe,
        string RequestDocuments,
        string SendDocument,
        string ReleaseGoods,
        string RecordResult,
        string Released,
        string AwaitingPayment,
        string Timeline,
        string CancelDeclaration,
        string SelectedForExamination);

    private static readonly Words English = new(
        "en", "English", "Lodge a declaration", "Lodge the declaration", "A commodity code has 8 or 10 digits.", "This is not a known country code.",
        "Under control", "Red channel", "chapter 93", "Work queue", "Control of", "Assign to me", "Request the documents", "Send the document",
        "Release the goods", "Record the result", "Released", "Awaiting payment", "Timeline", "Cancel the declaration", "Selected for a physical examination of the goods");

    private static readonly Words French = new(
        "fr", "Français", "Déposer une déclaration", "Déposer la déclaration", "Un code marchandise compte 8 ou 10 chiffres.", "Ce code pays est inconnu.",
        "En contrôle", "Circuit rouge", "chapitre 93", "File de travail", "Contrôle de", "Me l’attribuer", "Demander les documents", "Envoyer le document",
        "Accorder la mainlevée", "Enregistrer le résultat", "Mainlevée accordée", "En attente de paiement", "Chronologie", "Annuler la déclaration", "Sélectionnée pour un examen physique des marchandises");

    private static readonly Words Russian = new(
        "ru", "Русский", "Подать декларацию", "Подать декларацию", "Код товара состоит из 8 или 10 цифр.", "Неизвестный код страны.",
        "На контроле", "Красный коридор", "группы 93", "Рабочая очередь", "Контроль декларации", "Назначить мне", "Запросить документы", "Отправить документ",
        "Выпустить товары", "Записать результат", "Выпущена", "Ожидает оплаты", "Хронология", "Отозвать декларацию", "Выбрана для физического досмотра товаров");

    public static TheoryData<string> Languages() => new() { "en", "fr", "ru" };

    private static Words In(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        _ => English,
    };

    [Fact]
    public async Task Trader_lodges_a_sample_by_upload_and_sees_it_released()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("trader", "trader-demo");

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "My declarations" }).ClickAsync();
        await page.WaitForURLAsync("**/declarations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a DEC-DMS file" }).ClickAsync();
        await page.WaitForURLAsync("**/lodge/upload");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Upload a declaration");

        // The sample's goods (toys, 4% duty and standard-rate VAT) made printed books declared zero-rated (VATZ): nothing is
        // due, so the green declaration is released at once (with duties due it would await payment).
        var books = Regex.Replace(
            File.ReadAllText(SamplePath(GreenSample)),
            @"<ID>95030041</ID>\s*<IdentificationTypeCode>TSP</IdentificationTypeCode>\s*</Classification>",
            "<ID>49019900</ID><IdentificationTypeCode>TSP</IdentificationTypeCode></Classification><Classification><ID>VATZ</ID><IdentificationTypeCode>GN</IdentificationTypeCode></Classification>");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "TT_IM048a.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(books) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge the file" }).ClickAsync();

        await page.WaitForURLAsync(DeclarationUrl());
        await Expect(page.Locator("#done")).ToHaveTextAsync("The declaration was lodged.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Declaration TT_IM48a_180322_001");
        await Expect(page.Locator("#summary")).ToContainTextAsync("Released");
        await Expect(page.Locator("#channel")).ToContainTextAsync("Green channel");
        await Expect(page.Locator("#mrn")).ToHaveTextAsync(new Regex("^[0-9]{2}GB[A-Z0-9]{14}$"));
        await Expect(page.Locator("#duties")).ToContainTextAsync("0.00 GBP");
        await Expect(page.Locator("#timeline li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#timeline li").Nth(1)).ToContainTextAsync("Released automatically (green channel).");
        await Expect(page.Locator("#timeline time")).ToHaveCountAsync(2);
        await Expect(page.Locator("#notifications")).ToContainTextAsync("DMSACC");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("DMSCLE");
        await Expect(page.Locator("#goods-items")).ToContainTextAsync("4901990000");
        await Expect(page.Locator("#goods-items")).ToContainTextAsync("DE — Germany");
        // Released: neither amendment nor cancellation is offered any more.
        await Expect(page.Locator("#change")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel the declaration" })).ToHaveCountAsync(0);

        // The list shows it, and finds it by part of its LRN.
        await page.GotoAsync("/declarations?q=IM48a");
        await Expect(page.Locator("#declarations tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#declarations tbody tr").First).ToContainTextAsync("Released");
        await page.GotoAsync("/declarations?status=UnderControl&q=IM48a");
        await Expect(page.Locator("#declarations")).ToHaveTextAsync("No declaration matches.");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Unreadable_and_rule_breaking_uploads_are_explained()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("trader", "trader-demo");
        await page.GotoAsync("/lodge/upload");

        // 400: not well-formed (an end tag misspelt), nothing stored; the problem says where.
        var lines = File.ReadAllLines(SamplePath(GreenSample));
        var broken = Array.FindIndex(lines, l => l.Contains("</Declaration>", StringComparison.Ordinal));
        lines[broken] = lines[broken].Replace("</Declaration>", "</Declaratio>", StringComparison.Ordinal);
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "broken.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", lines)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge the file" }).ClickAsync();
        await Expect(page.Locator("#reading-problems")).ToContainTextAsync("The document cannot be read");
        await Expect(page.Locator("#reading-problems tbody tr").First).ToContainTextAsync("Not well-formed XML or JSON.");
        await Expect(page.Locator("#reading-problems tbody tr td").First).ToHaveTextAsync((broken + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#file-error")).ToContainTextAsync("nothing was lodged");

        // 422: a commodity code under no HS heading; kept as rejected, each rule with its data element.
        var xml = File.ReadAllText(SamplePath(GreenSample)).Replace("TT_IM48a_180322_001", "UI-REJECTED-1", StringComparison.Ordinal).Replace("95030041", "00000000", StringComparison.Ordinal);
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "rejected.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(xml) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge the file" }).ClickAsync();
        await Expect(page.Locator("#rule-violations")).ToContainTextAsync("The declaration was rejected");
        await Expect(page.Locator("#rule-violations")).ToContainTextAsync("DE 6/14 goodsShipment.goodsItems[0].commodityCode");
        await Expect(page.Locator("#rule-violations")).ToContainTextAsync("DEC-R021");
        await Expect(page.Locator("#rule-violations")).ToContainTextAsync("This commodity code is under no Harmonized System heading.");

        await page.GetByRole(AriaRole.Link, new() { Name = "See the rejected declaration" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#summary")).ToContainTextAsync("Rejected");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("DMSREJ");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("DEC-R021");
        await Expect(page.Locator("#change")).ToHaveCountAsync(0);
        session.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Red_declaration_lodged_by_form_is_controlled_and_released(string language)
    {
        var words = In(language);
        var lrn = $"UI-{language.ToUpperInvariant()}-RED-1";
        await using var trader = await fixture.OpenAsync();
        await using var officer = await fixture.OpenAsync();
        var page = trader.Page;

        await trader.SignInAsync("trader", "trader-demo");
        if (language != "en")
        {
            await trader.ChooseLanguageAsync(words.NativeName);
        }

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = words.NavLodge }).ClickAsync();
        await page.WaitForURLAsync("**/lodge");
        await Expect(page.Locator("h1")).ToHaveTextAsync(words.NavLodge);
        await Expect(page.Locator("#declarant")).ToHaveTextAsync("GB553202734852");
        await Expect(page.Locator("#importer")).ToHaveValueAsync("GB553202734852");
        await Expect(page.Locator("#item-0-procedure")).ToHaveValueAsync("4000");

        // A commodity code that is no code, and an origin no code list knows: each message next to its input.
        await page.Locator("#lrn").FillAsync(lrn);
        await page.Locator("#office").SelectOptionAsync("ZZ000002");
        await page.Locator("#item-0-description").FillAsync("Sporting shotguns");
        await page.Locator("#item-0-commodity").FillAsync("93AB");
        await page.EvaluateAsync("() => { const s = document.querySelector('#item-0-origin'); s.add(new Option('QZ', 'QZ')); s.value = 'QZ'; }");
        await page.Locator("#item-0-mass").FillAsync("12");
        await page.Locator("#item-0-value").FillAsync(language == "en" ? "2500.00" : "2500,00");
        await page.GetByRole(AriaRole.Button, new() { Name = words.Submit, Exact = true }).Last.ClickAsync();

        await Expect(page.Locator("#item-0-commodity-error")).ToContainTextAsync(words.CommodityRule);
        await Expect(page.Locator("#item-0-origin-error")).ToContainTextAsync(words.CountryRule);
        await Expect(page.Locator("#item-0-commodity")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".error-summary li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#lrn")).ToHaveValueAsync(lrn);
        await Expect(page.Locator("#item-0-description")).ToHaveValueAsync("Sporting shotguns");

        await page.Locator("#item-0-commodity").FillAsync("9303201000");
        await page.Locator("#item-0-origin").SelectOptionAsync("US");
        await page.GetByRole(AriaRole.Button, new() { Name = words.Submit, Exact = true }).Last.ClickAsync();

        await page.WaitForURLAsync(DeclarationUrl());
        var declarationUrl = page.Url;
        await Expect(page.Locator("#summary")).ToContainTextAsync(words.UnderControl);
        await Expect(page.Locator("#channel")).ToContainTextAsync(words.RedChannel);
        // The declarant is told the control, not the risk criteria behind it; the officer sees those.
        await Expect(page.Locator("#channel")).ToContainTextAsync(words.SelectedForExamination);
        await Expect(page.Locator("#channel")).Not.ToContainTextAsync(words.Chapter93);
        await Expect(page.Locator("#summary")).ToContainTextAsync("ZZ000002");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = words.CancelDeclaration })).ToBeVisibleAsync();
        await Expect(page.Locator("#goods-items")).ToContainTextAsync("9303201000");
        var mrn = (await page.Locator("#mrn").InnerTextAsync()).Trim();

        // The officer of ZZ000001 (which supervises ZZ000002) finds it in the work queue.
        var desk = officer.Page;
        await officer.SignInAsync("officer", "officer-demo");
        if (language != "en")
        {
            await officer.ChooseLanguageAsync(words.NativeName);
        }

        await desk.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = words.NavQueue }).ClickAsync();
        await desk.WaitForURLAsync("**/control");
        await Expect(desk.Locator("h1")).ToHaveTextAsync(words.NavQueue);
        var row = desk.Locator("#queue tbody tr", new() { HasText = lrn });
        await Expect(row).ToContainTextAsync(words.RedChannel);
        await Expect(row).ToContainTextAsync(words.Chapter93);
        await Expect(row).ToContainTextAsync("GB553202734852");
        await row.GetByRole(AriaRole.Link, new() { Name = mrn }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/control/[0-9a-f-]{36}$"));
        await Expect(desk.Locator("h1")).ToHaveTextAsync($"{words.ControlTitle} {mrn}");

        await desk.GetByRole(AriaRole.Button, new() { Name = words.AssignToMe }).ClickAsync();
        await Expect(desk.Locator("#assigned-officer")).ToHaveTextAsync("officer");
        await desk.GotoAsync("/control?mine=true");
        await Expect(desk.Locator("#queue tbody tr", new() { HasText = lrn })).ToContainTextAsync("officer");
        await desk.GoBackAsync();

        await desk.Locator("#request-description").FillAsync("Commercial invoice and end-user certificate");
        await desk.GetByRole(AriaRole.Button, new() { Name = words.RequestDocuments }).ClickAsync();
        await Expect(desk.Locator("#documents")).ToContainTextAsync("Commercial invoice and end-user certificate");

        // The trader sees the request and sends the document.
        await page.GotoAsync(declarationUrl);
        await Expect(page.Locator("#documents")).ToContainTextAsync("Commercial invoice and end-user certificate");
        var invoice = Encoding.ASCII.GetBytes("%PDF-1.4\n% invoice for " + lrn + "\n");
        await page.Locator("#documents input[type=file]").SetInputFilesAsync(new FilePayload { Name = "invoice.pdf", MimeType = "application/pdf", Buffer = invoice });
        await page.GetByRole(AriaRole.Button, new() { Name = words.SendDocument }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"done=document"));
        await Expect(page.Locator("#documents a[download]")).ToHaveTextAsync("invoice.pdf");

        // The officer downloads it, records the findings and releases.
        await desk.ReloadAsync();
        var link = desk.Locator("#documents a[download]");
        await Expect(link).ToContainTextAsync("invoice.pdf");
        var download = await desk.APIRequest.GetAsync(fixture.Host.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.Equal(invoice, await download.BodyAsync());
        Assert.StartsWith("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);

        await desk.Locator("#findings").FillAsync("Goods match the declaration; end-user certificate valid.");
        await desk.GetByLabel(words.ReleaseGoods).CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = words.RecordResult }).ClickAsync();

        // Firearms bear duty and VAT: the control is over, and the goods wait for the payment.
        await Expect(desk.Locator("#summary")).ToContainTextAsync(words.AwaitingPayment);
        await desk.GotoAsync("/control");
        await Expect(desk.Locator("#queue tbody tr", new() { HasText = lrn })).ToHaveCountAsync(0);

        // The trader pays from the account page (sandbox bank, approving); the confirmation releases the goods.
        await page.GotoAsync("/revenue/account");
        await page.Locator($"#pay-{lrn}").ClickAsync();
        await Expect(page.Locator("#done")).ToBeVisibleAsync();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await page.GotoAsync(declarationUrl);
            if ((await page.Locator("#summary").InnerTextAsync()).Contains(words.Released, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(250);
        }

        // The trader sees it released, with the whole timeline.
        await Expect(page.Locator("#summary")).ToContainTextAsync(words.Released);
        await Expect(page.Locator("#timeline-title")).ToHaveTextAsync(words.Timeline);
        var steps = page.Locator("#timeline li");
        await Expect(steps).ToHaveCountAsync(4);
        Assert.Equal(["Registered", "UnderControl", "AwaitingPayment", "Released"], await steps.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.status)"));
        await Expect(page.Locator("#timeline time")).ToHaveCountAsync(4);
        await Expect(steps.Nth(2)).ToContainTextAsync("officer");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("DMSCLE");
        await Expect(page.Locator("#change")).ToHaveCountAsync(0);
        trader.AssertNoProblems();
        officer.AssertNoProblems();
    }

    [Fact]
    public async Task Trader_amends_and_cancels_before_release()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("trader", "trader-demo");
        await LodgeByFormAsync(page, "UI-AMEND-1", "3604100000", "CN", "Fireworks");
        await Expect(page.Locator("#channel")).ToContainTextAsync("Red channel");

        // An amendment file that cannot be read is explained, and nothing changes.
        await page.Locator("#amend-file").SetInputFilesAsync(new FilePayload { Name = "amendment.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{ \"functionCode\": ") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload the amendment" }).ClickAsync();
        await Expect(page.Locator("#amend-file-error")).ToContainTextAsync("nothing was lodged");
        await Expect(page.Locator("#reading-problems")).ToContainTextAsync("Not well-formed XML or JSON.");
        await Expect(page.Locator("#summary")).ToContainTextAsync("Under control");

        // Amend with the form, prefilled: a harmless commodity code goes green; its duties are due, so it awaits payment.
        await page.GetByRole(AriaRole.Link, new() { Name = "Amend with the form" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}/amend$"));
        await Expect(page.Locator("#lrn")).ToHaveValueAsync("UI-AMEND-1");
        await Expect(page.Locator("#item-0-commodity")).ToHaveValueAsync("3604100000");
        await Expect(page.Locator("#item-0-origin")).ToHaveValueAsync("CN");
        await page.Locator("#item-0-commodity").FillAsync("9503004100");
        await page.Locator("#item-0-description").FillAsync("Teddy bears");
        await page.GetByRole(AriaRole.Button, new() { Name = "Amend the declaration", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync(new Regex("done=amended"));
        await Expect(page.Locator("#summary")).ToContainTextAsync("Awaiting payment");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Amendment 1 accepted");
        await Expect(page.Locator("#goods-items")).ToContainTextAsync("Teddy bears");

        // Another red one, cancelled with a reason.
        await LodgeByFormAsync(page, "UI-CANCEL-1", "9303201000", "US", "Shotguns");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the declaration" }).ClickAsync();
        await Expect(page.Locator("#cancel-reason-error")).ToContainTextAsync("Give a reason of 1 to 500 characters.");
        await page.Locator("#cancel-reason").FillAsync("Lodged for the wrong consignment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the declaration" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("done=cancelled"));
        await Expect(page.Locator("#summary")).ToContainTextAsync("Cancelled");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Lodged for the wrong consignment");
        await Expect(page.Locator("#change")).ToHaveCountAsync(0);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Declaration_page_fits_a_phone()
    {
        await using var phone = await fixture.OpenAsync(390, 844);
        var page = phone.Page;
        await phone.SignInAsync("trader", "trader-demo");
        await page.GotoAsync("/lodge");
        Assert.False(await phone.ScrollsHorizontallyAsync(), "the lodging form scrolls sideways on a phone");
        await LodgeByFormAsync(page, "UI-PHONE-1", "9303201000", "US", "Hunting rifles");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Declaration UI-PHONE-1");
        await Expect(page.Locator("#summary")).ToBeVisibleAsync();
        Assert.False(await phone.ScrollsHorizontallyAsync(), "the declaration page scrolls sideways on a phone");
        await page.Locator("#timeline").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("#timeline li")).ToHaveCountAsync(2);
        await page.Locator("details.raw-data summary").ClickAsync();
        Assert.False(await phone.ScrollsHorizontallyAsync(), "the declared data scrolls sideways on a phone");

        await page.GotoAsync("/declarations");
        Assert.False(await phone.ScrollsHorizontallyAsync(), "the list scrolls sideways on a phone");
        phone.AssertNoProblems();
    }

    [Fact]
    public async Task Pages_are_only_for_their_roles()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        session.Expect(403);
        session.Expect(404);
        await session.SignInAsync("trader", "trader-demo");
        var queue = await page.GotoAsync("/control");
        Assert.Equal(403, queue!.Status);
        var missing = await page.GotoAsync($"/declarations/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        await Expect(page.Locator(".site-nav")).Not.ToContainTextAsync("Work queue");
        var odd = await page.GotoAsync("/declarations?page=abc&status=nope&q=" + new string('x', 80));
        Assert.Equal(200, odd!.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await session.SignInAsync("officer", "officer-demo");
        var lodge = await page.GotoAsync("/lodge");
        Assert.Equal(403, lodge!.Status);
        await Expect(page.Locator(".site-nav")).Not.ToContainTextAsync("My declarations");
        var queue2 = await page.GotoAsync("/control?mine=maybe&page=99999999999");
        Assert.Equal(200, queue2!.Status);
        session.AssertNoProblems();
    }

    /// <summary>Lodges a one-item import with the form and waits for the declaration page.</summary>
    [Fact]
    public async Task Officer_determines_the_duties_the_calculation_could_not()
    {
        await using var trader = await fixture.OpenAsync();
        await using var officer = await fixture.OpenAsync();
        var page = trader.Page;
        await trader.SignInAsync("trader", "trader-demo");

        // Day-old chicks bear 43.00 GBP per 1,000 items, and the form asks no number of items: nobody guesses.
        await LodgeByFormAsync(page, "UI-DETERMINE-1", "0105111100", "US", "Day-old chicks");
        await Expect(page.Locator("#channel")).ToContainTextAsync("duties to be determined by an officer");
        var id = Regex.Match(page.Url, "[0-9a-f]{8}-[0-9a-f-]{27}").Value;

        var desk = officer.Page;
        await officer.SignInAsync("officer", "officer-demo");
        await desk.GotoAsync($"/control/{id}");
        var form = desk.Locator("#duty-determination");
        await Expect(form).ToContainTextAsync("supplementary units");

        // A cell that is not a number is pointed out where it is, and what was typed stays.
        await desk.Locator("[id='lines[0].item']").FillAsync("1");
        await desk.Locator("[id='lines[0].taxType']").FillAsync("A00");
        await desk.Locator("[id='lines[0].base']").FillAsync("fifty");
        await desk.Locator("[id='lines[0].rate']").FillAsync("43");
        await desk.Locator("[id='lines[0].amount']").FillAsync("2.15");
        await desk.Locator("[id='lines[0].unit']").FillAsync("NAR");
        await desk.Locator("#duty-reason").FillAsync("50 chicks counted; UK Global Tariff 0105 11 11, 43.00 GBP / 1000 items");
        await desk.Locator("#determine-duties").ClickAsync();
        await Expect(desk.Locator("[id='lines[0].base-error']")).ToBeVisibleAsync();
        await Expect(desk.Locator("[id='lines[0].taxType']")).ToHaveValueAsync("A00");

        await desk.Locator("[id='lines[0].base']").FillAsync("50");
        await desk.Locator("[id='lines[1].item']").FillAsync("1");
        await desk.Locator("[id='lines[1].taxType']").FillAsync("B00");
        await desk.Locator("[id='lines[1].base']").FillAsync("1802.15");
        await desk.Locator("[id='lines[1].rate']").FillAsync("20");
        await desk.Locator("[id='lines[1].amount']").FillAsync("360.43");
        await desk.Locator("#determine-duties").ClickAsync();
        await Expect(desk.Locator("#done")).ToContainTextAsync("The duties are determined");
        await Expect(desk.Locator("#duty-determination")).ToHaveCountAsync(0);
        await Expect(desk.Locator("#notifications")).ToContainTextAsync("DMSTAX");
        trader.AssertNoProblems();
        officer.AssertNoProblems();
    }

    internal static async Task LodgeByFormAsync(IPage page, string lrn, string commodity, string origin, string description, string office = "ZZ000002", decimal value = 1800m)
    {
        await page.GotoAsync("/lodge");
        await page.Locator("#lrn").FillAsync(lrn);
        await page.Locator("#office").SelectOptionAsync(office);
        await page.Locator("#item-0-description").FillAsync(description);
        await page.Locator("#item-0-commodity").FillAsync(commodity);
        await page.Locator("#item-0-origin").SelectOptionAsync(origin);
        await page.Locator("#item-0-mass").FillAsync("40");
        await page.Locator("#item-0-value").FillAsync(value.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#submit").ClickAsync();
        await page.WaitForURLAsync(DeclarationUrl());
    }

    private static Regex DeclarationUrl() => DeclarationUrlPattern();

    private static string SamplePath(string file) =>
        Path.Combine(HostProcess.RepositoryRoot(), "tests", "data", "wco-dms", "samples", file.Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex(@"/declarations/[0-9a-f-]{36}\?done=(lodged|resubmitted)")]
    private static partial Regex DeclarationUrlPattern();
}
