using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form (antiforgery token and all) and returns a client carrying the cookie.</summary>
public static partial class CookieLogin
{
    public static async Task<HttpClient> SignInAsync(this ConsoleAppFactory factory, string userName, string password) =>
        (await factory.SignInWithCookieAsync(userName, password)).Client;

    /// <summary>Signs in and also returns the auth cookie as a <c>Cookie</c> header value, for a hub connection.</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignInWithCookieAsync(this ConsoleAppFactory factory, string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var cookie = await SubmitFormAsync(client, userName, password);
        await client.AddAntiforgeryHeaderAsync();
        return (client, cookie);
    }

    /// <summary>
    /// Fills in and posts the sign-in form with <paramref name="client"/> (which must not follow redirects); returns the
    /// auth cookie as a <c>Cookie</c> header value. Any console: the in-memory test server or a node of a real cluster.
    /// </summary>
    public static async Task<string> SubmitFormAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = InputValue().Match(AntiforgeryInput().Match(page).Value).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Sign-in as {userName} on {client.BaseAddress} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("ServiceConsole.Auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>
    /// A signed-in person's writes through the API must carry the antiforgery request token (issue 11): the client fetches
    /// it once, as the screens would, and sends it with every request.
    /// </summary>
    public static async Task AddAntiforgeryHeaderAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var tokens = await client.GetFromJsonAsync<AntiforgeryTokens>("/account/antiforgery")
            ?? throw new InvalidOperationException("No antiforgery token for the signed-in client.");
        client.DefaultRequestHeaders.Remove(tokens.HeaderName);
        client.DefaultRequestHeaders.Add(tokens.HeaderName, tokens.Token);
    }

    private sealed record AntiforgeryTokens(string HeaderName, string Token);

    [GeneratedRegex("<input[^>]*__RequestVerificationToken[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex InputValue();
}
