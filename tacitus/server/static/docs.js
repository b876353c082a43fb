// Renders /openapi.json as a readable list of endpoints and parameters (offline, no libraries).
"use strict";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function describe(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map((s) => describe(s, spec)).filter((t) => t !== "null").join(" | ");
  let t = schema.type || (schema.enum ? "enum" : "");
  if (schema.enum) t += ` (${schema.enum.join(", ")})`;
  if (schema.format) t += ` ${schema.format}`;
  if (schema.pattern) t += ` matching ${schema.pattern}`;
  if (schema.minimum !== undefined) t += ` ≥ ${schema.minimum}`;
  if (schema.maximum !== undefined) t += ` ≤ ${schema.maximum}`;
  if (schema.default !== undefined) t += `, default ${JSON.stringify(schema.default)}`;
  return t;
}

document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("ops");
  try {
    const spec = await (await fetch("/openapi.json")).json();
    const out = [el("h2", { text: `${spec.info.title} ${spec.info.version}` }), el("p", { class: "muted", text: spec.info.description || "" })];
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const rows = (op.parameters || []).map((p) => el("tr", {},
          el("td", { class: "code", text: p.name }), el("td", { text: p.in }),
          el("td", { text: describe(p.schema, spec) }), el("td", { text: p.description || (p.schema && p.schema.description) || "" })));
        const body = op.requestBody && op.requestBody.content["application/json"];
        if (body) {
          const name = describe(body.schema, spec);
          const model = spec.components.schemas[name] || {};
          for (const [field, s] of Object.entries(model.properties || {})) rows.push(el("tr", {},
            el("td", { class: "code", text: field }), el("td", { text: (model.required || []).includes(field) ? "body, required" : "body" }),
            el("td", { text: describe(s, spec) }), el("td", { text: s.description || "" })));
        }
        out.push(el("div", { class: "mention" },
          el("h3", { class: "code", text: `${method.toUpperCase()} ${path}` }), el("p", { text: op.summary || "" }),
          rows.length ? el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "name" }), el("th", { text: "in" }),
            el("th", { text: "type" }), el("th", { text: "meaning" }))), el("tbody", {}, rows)) : null));
      }
    }
    box.replaceChildren(...out);
  } catch (e) {
    box.replaceChildren(el("p", { class: "error", text: "Could not load /openapi.json: " + e.message }));
  }
});
