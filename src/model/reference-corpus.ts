// A small reference corpus of assistant answers in many styles (written for Attune; not from any evaluation set).
// Only used to compute the fixed standardization constants in features.ts (see calibrate.ts); it should span the
// styles users meet: terse and long, Markdown-heavy and plain, code, warm and formal, hedged and assertive, lists,
// tables, emoji, disclaimers, non-English.
export const REFERENCE_CORPUS: readonly string[] = [
  'Paris.',
  'Yes — restart the router and it should reconnect.',
  'Use `git rebase -i HEAD~3` and mark the commits you want to squash with `s`.',
  `The capital of Australia is Canberra, not Sydney. It was chosen in 1908 as a compromise between Sydney and Melbourne, and Parliament moved there in 1927.`,
  `Great question! 😊 Honestly, there's no single right answer here, but I'd start small: pick one habit, like a ten-minute walk after lunch, and stick with it for two weeks. You've got this! Let me know how it goes?`,
  `# How to set up a Python virtual environment

**TL;DR:** \`python -m venv .venv\`, then activate it.

## Steps

1. Create it: \`python -m venv .venv\`
2. Activate it:
   - macOS/Linux: \`source .venv/bin/activate\`
   - Windows: \`.venv\\Scripts\\activate\`
3. Install packages: \`pip install -r requirements.txt\`

## Why bother?

A virtual environment keeps each project's dependencies separate, so upgrading a library for one project cannot break another.`,
  `Here's a function that reverses a singly linked list in place:

\`\`\`python
def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
\`\`\`

It runs in O(n) time and O(1) extra space. For example, 1 → 2 → 3 becomes 3 → 2 → 1.`,
  `I'm sorry to hear you've been feeling this way. It's completely understandable to feel overwhelmed when work and family demands pile up at the same time.

A few things that often help:

- **Name the load.** Write down everything on your plate; seeing it on paper makes it smaller.
- **Protect sleep.** It is the first thing to go and the last thing you can afford to lose.
- **Ask for one specific kind of help.** People are more willing than we expect.

Please keep in mind that I'm not a substitute for a professional. If the feelings persist, consider talking to a doctor or a counselor. I hope this helps, and take care.`,
  `Photosynthesis converts light energy into chemical energy. In the light-dependent reactions, chlorophyll absorbs photons, and the energy splits water molecules, releasing oxygen and producing ATP and NADPH. In the Calvin cycle, the plant uses that ATP and NADPH to fix carbon dioxide into three-carbon sugars, which are then assembled into glucose. Consequently, the overall reaction can be summarized as carbon dioxide plus water, with light, yielding glucose and oxygen.`,
  `| Plan | Price | Storage | Support |
|---|---|---|---|
| Free | $0 | 5 GB | Community |
| Pro | $8/mo | 200 GB | Email |
| Team | $15/user/mo | 1 TB | Priority |

For most individuals, **Pro** is the best value; teams that need shared folders should pick **Team**.`,
  `It depends. Generally, index funds are a reasonable choice for long-term investors because fees are low and diversification is broad. However, they might not suit someone who needs the money within a year or two, since prices can fall in the short term. You could also consider a high-yield savings account for an emergency fund. Please note that this is not financial advice; a qualified advisor can look at your whole situation.`,
  `Absolutely! Here are some fun weekend ideas:

1. Go on a picnic 🧺
2. Try a new recipe together 🍝
3. Have a board-game marathon 🎲
4. Visit a local museum 🖼️

Have fun!! 🎉`,
  `Short answer: no. The function mutates its argument, so calling it twice gives different results.

Longer answer: \`sort()\` sorts the array in place and returns the same array. If you need the original order afterwards, copy it first with \`[...arr].sort()\` or use \`toSorted()\`, which returns a new array.`,
  `Dear Ms. Alvarez,

Thank you for your letter of 3 March regarding the delayed shipment. We sincerely apologize for the inconvenience. Your order was held at customs due to incomplete documentation, which has now been resolved. The parcel is expected to arrive within five business days.

Should you have any further questions, please do not hesitate to contact us.

Kind regards,
Customer Service`,
  `The war began in 1914 after the assassination of Archduke Franz Ferdinand, but its causes ran deeper: a web of alliances, an arms race, imperial rivalries and nationalism in the Balkans. According to most historians, no single government planned a general war, yet each made decisions that made one more likely. For further reading, see Christopher Clark's *The Sleepwalkers* (2012) and [this overview](https://en.wikipedia.org/wiki/Causes_of_World_War_I).`,
  `Hmm, I think the bug is probably in the loop condition. You're using \`<=\` so the last iteration reads one past the end of the array. Try changing it to \`<\` and see if the error goes away. Does that fix it?`,
  `Certainly. The derivative of x² is 2x. This follows directly from the power rule: d/dx xⁿ = n·xⁿ⁻¹. Therefore, at x = 3 the slope of the curve is exactly 6.`,
  `Let me walk you through it step by step.

Step 1: Preheat the oven to 180 °C.
Step 2: Whisk the eggs and sugar until pale.
Step 3: Fold in the flour gently, then add the melted butter.
Step 4: Bake for 25 minutes, until a skewer comes out clean.

Finally, let the cake cool for ten minutes before turning it out. Enjoy!`,
  `There are three main approaches to caching in a web application.

**Client-side caching.** The browser stores responses according to HTTP headers such as Cache-Control and ETag. It is the cheapest option, since nothing reaches your servers, but you control it only indirectly.

**CDN caching.** A content delivery network keeps copies of static assets, and sometimes of whole pages, close to users. It greatly reduces latency for a global audience; invalidation, however, can be slow.

**Server-side caching.** An in-memory store such as Redis holds the results of expensive queries or computations. This gives fine-grained control, although you must design the invalidation strategy carefully to avoid serving stale data.

In summary, most applications combine all three: long-lived caching for static assets, a CDN in front, and a server-side cache for hot data.`,
  `Voici une réponse courte : oui, vous pouvez utiliser la carte dans le métro. Par exemple, il suffit de la valider à l'entrée. Bon voyage !`,
  `Die Antwort hängt davon ab, wie groß die Datei ist. Vielleicht ist es einfacher, sie in kleinere Teile zu zerlegen und diese nacheinander zu verarbeiten.`,
  `这个问题的答案是：先备份数据，然后再升级系统。这样即使出现问题，你也可以恢复。`,
  `As an AI language model, I can't browse the internet or access real-time data, so I can't tell you today's exchange rate. I'd recommend checking your bank's website or a financial news source for the latest figures.`,
  `lol yeah that happens. Just clear the cache and reload, it's kinda buggy sometimes. Should be ok after that 👍`,
  `You're absolutely right, and thanks for catching that! I made a mistake in the previous answer: the loop should start at index 1, not 0. Here's the corrected version:

\`\`\`js
for (let i = 1; i < items.length; i++) {
  total += items[i] - items[i - 1];
}
\`\`\`

Sorry for the confusion!`,
  `Overview

Remote work has clear benefits: no commute, more flexible hours, and access to a wider pool of jobs. It also has costs: isolation, blurred boundaries between work and home, and fewer chances for informal mentoring.

Who benefits most
- Experienced workers with well-defined tasks
- People with long commutes or caregiving duties

Who may struggle
- New graduates who learn by watching others
- People without a quiet place to work

Overall, a hybrid arrangement often captures most of the benefits while limiting the downsides.`,
  `Sure! Imagine the internet as a postal system. Your computer writes a letter (a request), puts an address on it (an IP address), and hands it to the post office (your router). The letter hops between sorting centers (other routers) until it reaches the right building (the server), which writes back. DNS is like the phone book that turns a name such as example.com into a street address. Does that analogy make sense, or would a more technical explanation help?`,
  `No. Mixing bleach and ammonia produces toxic chloramine gas. Never combine them, and always ventilate the room when cleaning.`,
  `The answer is 17. Reasoning: the sequence adds consecutive primes (2, 3, 5, 7), so after 10 comes 10 + 7 = 17.`,
  `Okay, here's a quick haiku for you:

Morning fog lifting —
the kettle's thin whistle calls
one more slow sunrise`,
];
