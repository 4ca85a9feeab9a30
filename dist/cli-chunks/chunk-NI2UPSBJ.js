import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import {
  __commonJS,
  __require
} from "./chunk-ZD72TYB7.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/model/talos-model.json
var talos_model_default = {
  source: {
    "1.10": "v1.10.9",
    "1.11": "v1.11.6",
    "1.12": "v1.12.11",
    "1.13": "v1.13.9",
    "1.14": "v1.14.0-rc.1"
  },
  contracts: ["1.10", "1.11", "1.12", "1.13", "1.14"],
  kinds: [
    {
      kind: "UserVolumeConfig",
      type: "block.UserVolumeConfigV1Alpha1",
      named: true,
      redacts: true,
      secretFields: ["encryption.keys[].static.passphrase"],
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "VolumeConfig",
      type: "block.VolumeConfigV1Alpha1",
      named: true,
      redacts: true,
      secretFields: ["encryption.keys[].static.passphrase"],
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"],
      v1alpha1Conflict: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "PCIDriverRebindConfig",
      type: "hardware.PCIDriverRebindConfigV1Alpha1",
      named: true,
      redacts: false
    },
    {
      kind: "NetworkDefaultActionConfig",
      type: "network.DefaultActionConfigV1Alpha1",
      named: false,
      redacts: false
    },
    {
      kind: "EthernetConfig",
      type: "network.EthernetConfigV1Alpha1",
      named: true,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "KubeSpanEndpointsConfig",
      type: "network.KubespanEndpointsConfigV1Alpha1",
      named: false,
      redacts: false
    },
    {
      kind: "NetworkRuleConfig",
      type: "network.RuleConfigV1Alpha1",
      named: true,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "EventSinkConfig",
      type: "runtime.EventSinkV1Alpha1",
      named: false,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "KmsgLogConfig",
      type: "runtime.KmsgLogV1Alpha1",
      named: true,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "WatchdogTimerConfig",
      type: "runtime.WatchdogTimerV1Alpha1",
      named: false,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "ExtensionServiceConfig",
      type: "extensions.ServiceConfigV1Alpha1",
      named: true,
      redacts: false,
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "TrustedRootsConfig",
      type: "security.TrustedRootsConfigV1Alpha1",
      named: true,
      redacts: false
    },
    {
      kind: "SideroLinkConfig",
      type: "siderolink.ConfigV1Alpha1",
      named: false,
      redacts: true,
      secretFields: ["apiUrl?jointoken", "uniqueToken"],
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "v1alpha1",
      type: "v1alpha1.Config",
      named: false,
      redacts: true,
      secretFields: [
        "cluster.aescbcEncryptionSecret",
        "cluster.aggregatorCA.key",
        "cluster.ca.key",
        "cluster.etcd.ca.key",
        "cluster.secret",
        "cluster.secretboxEncryptionSecret",
        "cluster.serviceAccount.key",
        "cluster.token",
        "machine.ca.key",
        "machine.network.interfaces[].vip.equinixMetal.apiToken",
        "machine.network.interfaces[].vip.hcloud.apiToken",
        "machine.network.interfaces[].vlans[].vip.equinixMetal.apiToken",
        "machine.network.interfaces[].vlans[].vip.hcloud.apiToken",
        "machine.network.interfaces[].wireguard.privateKey",
        "machine.registries.config.*.auth.auth",
        "machine.registries.config.*.auth.identityToken",
        "machine.registries.config.*.auth.password",
        "machine.registries.config.*.tls.clientIdentity.key",
        "machine.systemDiskEncryption.ephemeral.keys[].static.passphrase",
        "machine.systemDiskEncryption.state.keys[].static.passphrase",
        "machine.token"
      ],
      validates: ["1.10", "1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "ExistingVolumeConfig",
      type: "block.ExistingVolumeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.11",
      validates: ["1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "RawVolumeConfig",
      type: "block.RawVolumeConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.11",
      secretFields: ["encryption.keys[].static.passphrase"],
      validates: ["1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "SwapVolumeConfig",
      type: "block.SwapVolumeConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.11",
      secretFields: ["encryption.keys[].static.passphrase"],
      validates: ["1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "ZswapConfig",
      type: "block.ZswapConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.11",
      validates: ["1.11", "1.12", "1.13", "1.14"]
    },
    {
      kind: "RegistryAuthConfig",
      type: "cri.RegistryAuthConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.12",
      secretFields: ["auth", "identityToken", "password"],
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "RegistryMirrorConfig",
      type: "cri.RegistryMirrorConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "RegistryTLSConfig",
      type: "cri.RegistryTLSConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.12",
      secretFields: ["ca", "clientIdentity.key"],
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "BondConfig",
      type: "network.BondConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "BridgeConfig",
      type: "network.BridgeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "DHCPv4Config",
      type: "network.DHCPv4ConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "DHCPv6Config",
      type: "network.DHCPv6ConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "DummyLinkConfig",
      type: "network.DummyLinkConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "HCloudVIPConfig",
      type: "network.HCloudVIPConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.12",
      secretFields: ["apiToken"],
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "HostnameConfig",
      type: "network.HostnameConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"],
      v1alpha1Conflict: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "Layer2VIPConfig",
      type: "network.Layer2VIPConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "LinkConfig",
      type: "network.LinkConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "LinkAliasConfig",
      type: "network.LinkAliasConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "ResolverConfig",
      type: "network.ResolverConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.12",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "StaticHostConfig",
      type: "network.StaticHostConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "TimeSyncConfig",
      type: "network.TimeSyncConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"],
      v1alpha1Conflict: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "VLANConfig",
      type: "network.VLANConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "WireguardConfig",
      type: "network.WireguardConfigV1Alpha1",
      named: true,
      redacts: true,
      since: "1.12",
      secretFields: ["peers[].presharedKey", "privateKey"],
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "OOMConfig",
      type: "runtime.OOMV1Alpha1",
      named: false,
      redacts: false,
      since: "1.12",
      validates: ["1.12", "1.13", "1.14"]
    },
    {
      kind: "ExternalVolumeConfig",
      type: "block.ExternalVolumeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "BlackholeRouteConfig",
      type: "network.BlackholeRouteConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "KubeSpanConfig",
      type: "network.KubeSpanConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"],
      v1alpha1Conflict: ["1.13", "1.14"]
    },
    {
      kind: "RoutingRuleConfig",
      type: "network.RoutingRuleConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "TCPProbeConfig",
      type: "network.TCPProbeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "VRFConfig",
      type: "network.VRFConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "EnvironmentConfig",
      type: "runtime.EnvironmentV1Alpha1",
      named: false,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "ImageVerificationConfig",
      type: "security.ImageVerificationConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.13",
      validates: ["1.13", "1.14"]
    },
    {
      kind: "FilesystemTrimConfig",
      type: "block.FilesystemTrimConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "FilesystemScrubConfig",
      type: "block.FilesystemScrubConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "DiscoveryIdentityConfig",
      type: "cluster.DiscoveryIdentityConfigV1Alpha1",
      named: false,
      redacts: true,
      since: "1.14",
      secretFields: ["clusterSecret"],
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "DiscoveryServiceConfig",
      type: "cluster.DiscoveryServiceConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "ContainerConfig",
      type: "container.ContainerConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "CRIBaseRuntimeSpecConfig",
      type: "cri.CRIBaseRuntimeSpecConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "CRICustomizationConfig",
      type: "cri.CRICustomizationConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "ImageCacheConfig",
      type: "cri.ImageCacheConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeAdmissionControlConfig",
      type: "k8s.KubeAdmissionControlConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeAggregatorCAConfig",
      type: "k8s.KubeAggregatorCAConfigV1Alpha1",
      named: false,
      redacts: true,
      since: "1.14",
      secretFields: ["issuingCA.key"],
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeAPIServerConfig",
      type: "k8s.KubeAPIServerConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeAPIServerCAConfig",
      type: "k8s.KubeAPIServerCAConfigV1Alpha1",
      named: false,
      redacts: true,
      since: "1.14",
      secretFields: ["issuingCA.key"],
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeAuditPolicyConfig",
      type: "k8s.KubeAuditPolicyConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeAuthenticationConfig",
      type: "k8s.KubeAuthenticationConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeAuthorizerConfig",
      type: "k8s.KubeAuthorizerConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeClusterConfig",
      type: "k8s.KubeClusterConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeControllerManagerConfig",
      type: "k8s.KubeControllerManagerConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeCoreDNSConfig",
      type: "k8s.KubeCoreDNSConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeCredentialProviderConfig",
      type: "k8s.KubeCredentialProviderConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeEtcdEncryptionConfig",
      type: "k8s.KubeEtcdEncryptionConfigV1Alpha1",
      named: false,
      redacts: true,
      since: "1.14",
      secretFields: ["config.**.secret"],
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeExternalManifestConfig",
      type: "k8s.KubeExternalManifestConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "KubeFlannelCNIConfig",
      type: "k8s.KubeFlannelCNIConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeInlineManifestConfig",
      type: "k8s.KubeInlineManifestConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "KubeletConfig",
      type: "k8s.KubeletConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubePrismConfig",
      type: "k8s.KubePrismConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeNetworkConfig",
      type: "k8s.KubeNetworkConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeNodeConfig",
      type: "k8s.KubeNodeConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "KubeProxyConfig",
      type: "k8s.KubeProxyConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeSchedulerConfig",
      type: "k8s.KubeSchedulerConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeServiceAccountConfig",
      type: "k8s.KubeServiceAccountConfigV1Alpha1",
      named: false,
      redacts: true,
      since: "1.14",
      secretFields: ["issuer.privateKey"],
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "KubeStaticPodConfig",
      type: "k8s.KubeStaticPodConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "KubeTalosAPIAccessConfig",
      type: "k8s.KubeTalosAPIAccessConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"],
      controlPlaneOnly: ["1.14"]
    },
    {
      kind: "BGPInstanceConfig",
      type: "network.BGPInstanceConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "HTTPProbeConfig",
      type: "network.HTTPProbeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "VethConfig",
      type: "network.VethConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "EtcFileConfig",
      type: "runtime.EtcFileConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "KernelModuleConfig",
      type: "runtime.KernelModuleConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "SecurityProfileConfig",
      type: "runtime.SecurityProfileConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "SysctlConfig",
      type: "runtime.SysctlConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "SysfsConfig",
      type: "runtime.SysfsConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "UdevRulesConfig",
      type: "runtime.UdevRulesConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14"
    },
    {
      kind: "UnattendedInstallConfig",
      type: "runtime.UnattendedInstallConfigV1Alpha1",
      named: false,
      redacts: false,
      since: "1.14",
      validates: ["1.14"],
      v1alpha1Conflict: ["1.14"]
    },
    {
      kind: "LVMLogicalVolumeConfig",
      type: "storage.LVMLogicalVolumeConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "LVMVolumeGroupConfig",
      type: "storage.LVMVolumeGroupConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    },
    {
      kind: "RAIDArrayConfig",
      type: "storage.RAIDArrayConfigV1Alpha1",
      named: true,
      redacts: false,
      since: "1.14",
      validates: ["1.14"]
    }
  ],
  types: {
    "block.DiskSelector": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true
        }
      ]
    },
    "block.EncryptionKey": {
      fields: [
        {
          name: "slot",
          go: "KeySlot",
          type: {
            k: "scalar",
            s: "int"
          }
        },
        {
          name: "static",
          go: "KeyStatic",
          type: {
            k: "struct",
            ref: "block.EncryptionKeyStatic",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "nodeID",
          go: "KeyNodeID",
          type: {
            k: "struct",
            ref: "block.EncryptionKeyNodeID",
            empty: true,
            ptr: true
          },
          omitempty: true
        },
        {
          name: "kms",
          go: "KeyKMS",
          type: {
            k: "struct",
            ref: "block.EncryptionKeyKMS",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tpm",
          go: "KeyTPM",
          type: {
            k: "struct",
            ref: "block.EncryptionKeyTPM",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "lockToState",
          go: "KeyLockToSTATE",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.11"
        }
      ]
    },
    "block.EncryptionKeyKMS": {
      fields: [
        {
          name: "endpoint",
          go: "KMSEndpoint",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "block.EncryptionKeyStatic": {
      fields: [
        {
          name: "passphrase",
          go: "KeyData",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "block.EncryptionKeyTPM": {
      fields: [
        {
          name: "options",
          go: "TPMOptions",
          type: {
            k: "struct",
            ref: "block.EncryptionKeyTPMOptions",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "checkSecurebootStatusOnEnroll",
          go: "TPMCheckSecurebootStatusOnEnroll",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "block.EncryptionKeyTPMOptions": {
      fields: [
        {
          name: "pcrs",
          go: "PCRs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "int"
            }
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "block.EncryptionSpec": {
      fields: [
        {
          name: "provider",
          go: "EncryptionProvider",
          type: {
            k: "special",
            name: "text",
            go: "block_res.EncryptionProviderType"
          }
        },
        {
          name: "keys",
          go: "EncryptionKeys",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "block.EncryptionKey"
            }
          }
        },
        {
          name: "cipher",
          go: "EncryptionCipher",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "keySize",
          go: "EncryptionKeySize",
          type: {
            k: "scalar",
            s: "uint"
          },
          omitempty: true
        },
        {
          name: "blockSize",
          go: "EncryptionBlockSize",
          type: {
            k: "scalar",
            s: "uint64"
          },
          omitempty: true
        },
        {
          name: "options",
          go: "EncryptionPerfOptions",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "allowDiscards",
          go: "EncryptionAllowDiscards",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ]
    },
    "block.ExistingMountSpec": {
      fields: [
        {
          name: "readOnly",
          go: "MountReadOnly",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "disableAccessTime",
          go: "MountDisableAccessTime",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "secure",
          go: "MountSecure",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "block.ExistingVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "discovery",
          go: "VolumeDiscoverySpec",
          type: {
            k: "struct",
            ref: "block.VolumeDiscoverySpec"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "mount",
          go: "MountSpec",
          type: {
            k: "struct",
            ref: "block.ExistingMountSpec"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "struct",
              ref: "block.MountSpec"
            },
            "1.11": {
              k: "struct",
              ref: "block.MountSpec"
            }
          },
          since: "1.11"
        },
        {
          name: "trim",
          go: "TrimSpec",
          type: {
            k: "struct",
            ref: "block.TrimConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "scrub",
          go: "ScrubSpec",
          type: {
            k: "struct",
            ref: "block.ScrubConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.11"
    },
    "block.ExternalMountSpec": {
      fields: [
        {
          name: "readOnly",
          go: "MountReadOnly",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "disableAccessTime",
          go: "MountDisableAccessTime",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "secure",
          go: "MountSecure",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "virtiofs",
          go: "MountVirtiofs",
          type: {
            k: "struct",
            ref: "block.VirtiofsMountSpec",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "block.ExternalVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "filesystemType",
          go: "FilesystemType",
          type: {
            k: "special",
            name: "text",
            go: "block.FilesystemType"
          },
          since: "1.13"
        },
        {
          name: "mount",
          go: "MountSpec",
          type: {
            k: "struct",
            ref: "block.ExternalMountSpec"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "block.FilesystemScrubConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "interval",
          go: "ScrubInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.FilesystemSpec": {
      fields: [
        {
          name: "type",
          go: "FilesystemType",
          type: {
            k: "special",
            name: "text",
            go: "block_res.FilesystemType"
          },
          omitempty: true
        },
        {
          name: "projectQuotaSupport",
          go: "ProjectQuotaSupportConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "xfs",
          go: "XFSSpec",
          type: {
            k: "struct",
            ref: "block.XFSSpec",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ]
    },
    "block.FilesystemTrimConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "interval",
          go: "TrimInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.MountSpec": {
      fields: [
        {
          name: "readOnly",
          go: "MountReadOnly",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.11",
          until: "1.12"
        },
        {
          name: "secure",
          go: "MountSecure",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "disableAccessTime",
          go: "MountDisableAccessTime",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.11"
    },
    "block.ProvisioningSpec": {
      fields: [
        {
          name: "diskSelector",
          go: "DiskSelectorSpec",
          type: {
            k: "struct",
            ref: "block.DiskSelector"
          },
          omitempty: true
        },
        {
          name: "grow",
          go: "ProvisioningGrow",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "minSize",
          go: "ProvisioningMinSize",
          type: {
            k: "special",
            name: "bytesize"
          },
          omitempty: true
        },
        {
          name: "maxSize",
          go: "ProvisioningMaxSize",
          type: {
            k: "special",
            name: "size"
          },
          omitempty: true,
          typeBefore: {
            "1.11": {
              k: "special",
              name: "bytesize"
            },
            "1.10": {
              k: "special",
              name: "bytesize"
            }
          }
        }
      ]
    },
    "block.RawVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "block.ProvisioningSpec"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "encryption",
          go: "EncryptionSpec",
          type: {
            k: "struct",
            ref: "block.EncryptionSpec"
          },
          omitempty: true,
          since: "1.11"
        }
      ],
      since: "1.11"
    },
    "block.ScrubConfig": {
      fields: [
        {
          name: "enabled",
          go: "ScrubEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "interval",
          go: "ScrubInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.SwapVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "block.ProvisioningSpec"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "encryption",
          go: "EncryptionSpec",
          type: {
            k: "struct",
            ref: "block.EncryptionSpec"
          },
          omitempty: true,
          since: "1.11"
        }
      ],
      since: "1.11"
    },
    "block.SystemVolumeFilesystemSpec": {
      fields: [
        {
          name: "xfs",
          go: "XFSSpec",
          type: {
            k: "struct",
            ref: "block.XFSSpec",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.TrimConfig": {
      fields: [
        {
          name: "enabled",
          go: "TrimEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "interval",
          go: "TrimInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.UserMountSpec": {
      fields: [
        {
          name: "disableAccessTime",
          go: "MountDisableAccessTime",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "secure",
          go: "MountSecure",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "block.UserVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "volumeType",
          go: "VolumeType",
          type: {
            k: "special",
            name: "text",
            go: "block.VolumeType",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "block.ProvisioningSpec"
          },
          omitempty: true
        },
        {
          name: "filesystem",
          go: "FilesystemSpec",
          type: {
            k: "struct",
            ref: "block.FilesystemSpec"
          },
          omitempty: true
        },
        {
          name: "encryption",
          go: "EncryptionSpec",
          type: {
            k: "struct",
            ref: "block.EncryptionSpec"
          },
          omitempty: true
        },
        {
          name: "mount",
          go: "MountSpec",
          type: {
            k: "struct",
            ref: "block.UserMountSpec"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "trim",
          go: "TrimSpec",
          type: {
            k: "struct",
            ref: "block.TrimConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "scrub",
          go: "ScrubSpec",
          type: {
            k: "struct",
            ref: "block.ScrubConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ]
    },
    "block.VirtiofsMountSpec": {
      fields: [
        {
          name: "tag",
          go: "VirtiofsTag",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "block.VolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "block.ProvisioningSpec"
          },
          omitempty: true
        },
        {
          name: "filesystem",
          go: "FilesystemSpec",
          type: {
            k: "struct",
            ref: "block.SystemVolumeFilesystemSpec"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "encryption",
          go: "EncryptionSpec",
          type: {
            k: "struct",
            ref: "block.EncryptionSpec"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "mount",
          go: "MountSpec",
          type: {
            k: "struct",
            ref: "block.MountSpec"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "trim",
          go: "TrimSpec",
          type: {
            k: "struct",
            ref: "block.TrimConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "scrub",
          go: "ScrubSpec",
          type: {
            k: "struct",
            ref: "block.ScrubConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ]
    },
    "block.VolumeDiscoverySpec": {
      fields: [
        {
          name: "volumeSelector",
          go: "VolumeSelectorConfig",
          type: {
            k: "struct",
            ref: "block.VolumeSelector"
          },
          omitempty: true,
          since: "1.11"
        }
      ],
      since: "1.11"
    },
    "block.VolumeSelector": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.11"
        }
      ],
      since: "1.11"
    },
    "block.XFSSpec": {
      fields: [
        {
          name: "minAllocationGroupSize",
          go: "MinAllocationGroupSizeConfig",
          type: {
            k: "special",
            name: "bytesize"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "block.ZswapConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.11"
        },
        {
          name: "maxPoolPercent",
          go: "MaxPoolPercentConfig",
          type: {
            k: "scalar",
            s: "int",
            ptr: true
          },
          omitempty: true,
          since: "1.11"
        },
        {
          name: "shrinkerEnabled",
          go: "ShrinkerEnabledConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.11"
        }
      ],
      since: "1.11"
    },
    "cluster.DiscoveryIdentityConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "clusterID",
          go: "MetaClusterID",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "clusterSecret",
          go: "MetaClusterSecret",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cluster.DiscoveryServiceConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "endpoint",
          go: "EndpointURL",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerCapabilities": {
      fields: [
        {
          name: "add",
          go: "CapabilitiesAddConfig",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "drop",
          go: "CapabilitiesDropConfig",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "entrypoint",
          go: "ContainerEntrypoint",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "args",
          go: "ContainerArgs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "workingDir",
          go: "ContainerWorkingDir",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "runAs",
          go: "RunAsConfig",
          type: {
            k: "struct",
            ref: "container.ContainerRunAs",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "environment",
          go: "ContainerEnvironment",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "mounts",
          go: "MountsConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "container.ContainerMount"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "security",
          go: "SecurityConfig",
          type: {
            k: "struct",
            ref: "container.ContainerSecurity",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "network",
          go: "NetworkConfig",
          type: {
            k: "struct",
            ref: "container.ContainerNetwork",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "ResourcesConfig",
          type: {
            k: "struct",
            ref: "container.ContainerResources",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "dependsOn",
          go: "DependsOnConfig",
          type: {
            k: "struct",
            ref: "container.ContainerDependsOn",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerDependsOn": {
      fields: [
        {
          name: "paths",
          go: "PathsConfig",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "networks",
          go: "NetworksConfig",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "time",
          go: "TimeConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "containers",
          go: "ContainersConfig",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerMount": {
      fields: [
        {
          name: "userVolume",
          go: "UserVolumeMount",
          type: {
            k: "struct",
            ref: "container.UserVolumeMount",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "tmpfs",
          go: "TmpfsMount",
          type: {
            k: "struct",
            ref: "container.TmpfsMount",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "hostPath",
          go: "HostPathMount",
          type: {
            k: "struct",
            ref: "container.HostPathMount",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerNetwork": {
      fields: [
        {
          name: "mode",
          go: "NetworkMode",
          type: {
            k: "special",
            name: "text",
            go: "config.ContainerNetworkMode"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerResourceLimits": {
      fields: [
        {
          name: "cpu",
          go: "CPU",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "memory",
          go: "Memory",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerResources": {
      fields: [
        {
          name: "limits",
          go: "Limits",
          type: {
            k: "struct",
            ref: "container.ContainerResourceLimits",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerRunAs": {
      fields: [
        {
          name: "uid",
          go: "RunAsUID",
          type: {
            k: "scalar",
            s: "int32",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "gid",
          go: "RunAsGID",
          type: {
            k: "scalar",
            s: "int32",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.ContainerSecurity": {
      fields: [
        {
          name: "profile",
          go: "SecurityProfile",
          type: {
            k: "special",
            name: "text",
            go: "config.ContainerSecurityProfile"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "capabilities",
          go: "SecurityCapabilities",
          type: {
            k: "struct",
            ref: "container.ContainerCapabilities",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.HostPathMount": {
      fields: [
        {
          name: "source",
          go: "MountSource",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "destination",
          go: "MountDestination",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "options",
          go: "MountOpts",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.TmpfsMount": {
      fields: [
        {
          name: "destination",
          go: "MountDestination",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "size",
          go: "MountSize",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "options",
          go: "MountOpts",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "container.UserVolumeMount": {
      fields: [
        {
          name: "name",
          go: "VolumeName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "destination",
          go: "MountDestination",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "options",
          go: "MountOpts",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cri.CRIBaseRuntimeSpecConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "overrides",
          go: "OverridesConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cri.CRICustomizationConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "content",
          go: "CustomizationContent",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cri.ImageCacheConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "local",
          go: "LocalConfig",
          type: {
            k: "struct",
            ref: "cri.LocalImageCacheConfig"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cri.LocalImageCacheConfig": {
      fields: [
        {
          name: "enabled",
          go: "ConfigEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "cri.RegistryAuthConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "username",
          go: "RegistryUsername",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "password",
          go: "RegistryPassword",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "auth",
          go: "RegistryAuth",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "identityToken",
          go: "RegistryIdentityToken",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "cri.RegistryEndpoint": {
      fields: [
        {
          name: "url",
          go: "EndpointURL",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.12"
        },
        {
          name: "overridePath",
          go: "EndpointOverridePath",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "cri.RegistryMirrorConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "endpoints",
          go: "RegistryEndpoints",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "cri.RegistryEndpoint"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "skipFallback",
          go: "RegistrySkipFallback",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "cri.RegistryTLSConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "clientIdentity",
          go: "TLSClientIdentity",
          type: {
            k: "struct",
            ref: "meta.CertificateAndKey",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ca",
          go: "TLSCA",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "insecureSkipVerify",
          go: "TLSInsecureSkipVerify",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "extensions.ConfigFile": {
      fields: [
        {
          name: "content",
          go: "ConfigFileContent",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "mountPath",
          go: "ConfigFileMountPath",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "extensions.ServiceConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "ServiceName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "configFiles",
          go: "ServiceConfigFiles",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "extensions.ConfigFile"
            },
            named: "extensions.ConfigFileList"
          },
          omitempty: true
        },
        {
          name: "environment",
          go: "ServiceEnvironment",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "hardware.PCIDriverRebindConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "targetDriver",
          go: "PCITargetDriver",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "k8s.AcceptedServiceAccountConfig": {
      fields: [
        {
          name: "publicKeys",
          go: "PublicKeys",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "issuers",
          go: "Issuers",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "url"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "audiences",
          go: "Audiences",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.IssuerServiceAccountConfig": {
      fields: [
        {
          name: "privateKey",
          go: "PrivateKey",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "issuerURL",
          go: "IssuerURL",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAPIServerCAConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "issuingCA",
          go: "APIIssuingCA",
          type: {
            k: "struct",
            ref: "meta.CertificateAndKey",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "acceptedCAs",
          go: "APIAcceptedCAs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAPIServerConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "image",
          go: "PodImage",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "PodArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "env",
          go: "PodEnv",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "PodResources",
          type: {
            k: "struct",
            ref: "k8s.ResourcesConfig"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "apiPort",
          go: "PodAPIPort",
          type: {
            k: "scalar",
            s: "int",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "certExtraSANs",
          go: "PodCertExtraSANs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "startupProbes",
          go: "PodStartupProbes",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAdmissionControlConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "configuration",
          go: "PluginConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAggregatorCAConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "issuingCA",
          go: "AggregatorIssuingCA",
          type: {
            k: "struct",
            ref: "meta.CertificateAndKey",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "acceptedCAs",
          go: "AggregatorAcceptedCAs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAuditPolicyConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "configuration",
          go: "AuditConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAuthenticationConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "configuration",
          go: "AuthConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeAuthorizerConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "type",
          go: "AuthorizerType",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "webhook",
          go: "AuthorizerWebhook",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeClusterConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "clusterName",
          go: "ClusterNameConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "endpoint",
          go: "ClusterEndpointConfig",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeControllerManagerConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "enabled",
          go: "PodEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "image",
          go: "PodImage",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "PodArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "env",
          go: "PodEnv",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "PodResources",
          type: {
            k: "struct",
            ref: "k8s.ResourcesConfig"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeCoreDNSConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "enabled",
          go: "PodEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "image",
          go: "PodImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeCredentialProviderConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "configuration",
          go: "CredentialProviderConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeEtcdEncryptionConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "config",
          go: "Config",
          type: {
            k: "special",
            name: "unstructured"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeExternalManifestConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "headers",
          go: "HeadersSpec",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "url",
          go: "URLSpec",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeFlannelCNIConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "backendType",
          go: "FlannelBackendType",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "backendPort",
          go: "FlannelBackendPort",
          type: {
            k: "scalar",
            s: "uint16"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "backendMTU",
          go: "FlannelBackendMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "backendExtraConfig",
          go: "FlannelBackendExtraConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "FlannelResources",
          type: {
            k: "struct",
            ref: "k8s.ResourcesConfig"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "FlannelExtraArgs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kubeNetworkPoliciesEnabled",
          go: "FlannelKubeNetworkPoliciesEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeInlineManifestConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "manifest",
          go: "ManifestSpec",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeNetworkConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "dnsDomain",
          go: "NetworkDNSDomain",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "podSubnets",
          go: "NetworkPodSubnets",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "prefix"
            }
          },
          mergeReplace: true,
          since: "1.14"
        },
        {
          name: "serviceSubnets",
          go: "NetworkServiceSubnets",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "prefix"
            }
          },
          mergeReplace: true,
          since: "1.14"
        },
        {
          name: "nodeCIDRMaskSizeIPv4",
          go: "NetworkNodeCIDRMaskSizeIPv4",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "nodeCIDRMaskSizeIPv6",
          go: "NetworkNodeCIDRMaskSizeIPv6",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeNodeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "skipNodeRegistration",
          go: "SkipNodeRegistrationConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "registerWithFQDN",
          go: "RegisterWithFQDNConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "nodeIP",
          go: "NodeIPConfig",
          type: {
            k: "struct",
            ref: "k8s.NodeIPConfig"
          },
          since: "1.14"
        },
        {
          name: "labels",
          go: "LabelsConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "annotations",
          go: "AnnotationsConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "taints",
          go: "TaintsConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubePrismConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "port",
          go: "PortConfig",
          type: {
            k: "scalar",
            s: "int"
          },
          since: "1.14"
        },
        {
          name: "tlsServerName",
          go: "TLSServerNameConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeProxyConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "enabled",
          go: "ProxyEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "image",
          go: "ProxyImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "mode",
          go: "ProxyMode",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "config",
          go: "ProxyConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "ProxyExtraArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "ProxyResources",
          type: {
            k: "struct",
            ref: "k8s.ResourcesConfig"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeSchedulerConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "enabled",
          go: "PodEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "image",
          go: "PodImage",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "config",
          go: "PodConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "PodArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "env",
          go: "PodEnv",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resources",
          go: "PodResources",
          type: {
            k: "struct",
            ref: "k8s.ResourcesConfig"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeServiceAccountConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "issuer",
          go: "ServiceIssuer",
          type: {
            k: "struct",
            ref: "k8s.IssuerServiceAccountConfig"
          },
          since: "1.14"
        },
        {
          name: "accepted",
          go: "ServiceAccepted",
          type: {
            k: "struct",
            ref: "k8s.AcceptedServiceAccountConfig"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeStaticPodConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "pod",
          go: "PodSpec",
          type: {
            k: "special",
            name: "unstructured"
          },
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeTalosAPIAccessConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "allowedRoles",
          go: "AccessAllowedRoles",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "allowedKubernetesNamespaces",
          go: "AccessAllowedKubernetesNamespaces",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.KubeletConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "image",
          go: "KubeletImage",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "config",
          go: "KubeletConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          since: "1.14"
        },
        {
          name: "extraArgs",
          go: "KubeletArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "clusterDNS",
          go: "KubeletClusterDNS",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "defaultRuntimeSeccompProfileEnabled",
          go: "KubeletDefaultRuntimeSeccompProfileEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.NodeIPConfig": {
      fields: [
        {
          name: "validSubnets",
          go: "NodeIPValidSubnets",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "k8s.ResourcesConfig": {
      fields: [
        {
          name: "requests",
          go: "Requests",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "limits",
          go: "Limits",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "meta.CertificateAndKey": {
      fields: [
        {
          name: "cert",
          go: "Cert",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "key",
          go: "Key",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "meta.Meta": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "network.AddressConfig": {
      fields: [
        {
          name: "address",
          go: "AddressAddress",
          type: {
            k: "special",
            name: "prefix"
          },
          since: "1.12"
        },
        {
          name: "routePriority",
          go: "AddressPriority",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.BGPBFDConfig": {
      fields: [
        {
          name: "transmitInterval",
          go: "BFDTransmitInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "receiveInterval",
          go: "BFDReceiveInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "detectMultiplier",
          go: "BFDDetectMultiplier",
          type: {
            k: "scalar",
            s: "uint8"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.BGPImportRoute": {
      fields: [
        {
          name: "bgpInstance",
          go: "ImportBGPInstance",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "prefixes",
          go: "ImportPrefixes",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "prefix"
            }
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.BGPInstanceConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "vrf",
          go: "BGPVRF",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "localASN",
          go: "BGPLocalASN",
          type: {
            k: "scalar",
            s: "uint32"
          },
          since: "1.14"
        },
        {
          name: "routerID",
          go: "BGPRouterID",
          type: {
            k: "special",
            name: "addr"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "routeSource",
          go: "BGPRouteSource",
          type: {
            k: "special",
            name: "addr"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "advertise",
          go: "BGPAdvertise",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          mergeReplace: true,
          since: "1.14"
        },
        {
          name: "multipath",
          go: "BGPMultipath",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "maxPaths",
          go: "BGPMaxPaths",
          type: {
            k: "scalar",
            s: "uint8"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "installRoutes",
          go: "BGPInstallRoutes",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "importRoutes",
          go: "BGPImportRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.BGPImportRoute"
            }
          },
          omitempty: true,
          mergeReplace: true,
          since: "1.14"
        },
        {
          name: "neighbors",
          go: "BGPNeighborConfigs",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.BGPNeighborConfig"
            }
          },
          omitempty: true,
          mergeReplace: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.BGPNeighborConfig": {
      fields: [
        {
          name: "address",
          go: "NeighborAddressConfig",
          type: {
            k: "special",
            name: "addr"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "link",
          go: "NeighborLinkConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "peerASN",
          go: "NeighborPeerASN",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "localASN",
          go: "NeighborLocalASN",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "passive",
          go: "NeighborPassive",
          type: {
            k: "scalar",
            s: "bool"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "holdTime",
          go: "NeighborHoldTime",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "bfd",
          go: "NeighborBFDConfig",
          type: {
            k: "struct",
            ref: "network.BGPBFDConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.BlackholeRouteConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "metric",
          go: "RouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.BondConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "hardwareAddr",
          go: "HardwareAddressConfig",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "links",
          go: "BondLinks",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "bondMode",
          go: "BondMode",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.BondMode",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "miimon",
          go: "BondMIIMon",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "updelay",
          go: "BondUpDelay",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "downdelay",
          go: "BondDownDelay",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "useCarrier",
          go: "BondUseCarrier",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "xmitHashPolicy",
          go: "BondXmitHashPolicy",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.BondXmitHashPolicy",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "arpInterval",
          go: "BondARPInterval",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "arpIpTargets",
          go: "BondARPIPTargets",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "addr"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "nsIp6Targets",
          go: "BondNSIP6Targets",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "addr"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "arpValidate",
          go: "BondARPValidate",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ARPValidate",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "arpAllTargets",
          go: "BondARPAllTargets",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ARPAllTargets",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "lacpRate",
          go: "BondLACPRate",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.LACPRate",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "failOverMac",
          go: "BondFailOverMAC",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.FailOverMAC",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "adSelect",
          go: "BondADSelect",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ADSelect",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "adActorSysPrio",
          go: "BondADActorSysPrio",
          type: {
            k: "scalar",
            s: "uint16",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "adUserPortKey",
          go: "BondADUserPortKey",
          type: {
            k: "scalar",
            s: "uint16",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "adLACPActive",
          go: "BondADLACPActive",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ADLACPActive",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "primaryReselect",
          go: "BondPrimaryReselect",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.PrimaryReselect",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "resendIGMP",
          go: "BondResendIGMP",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "minLinks",
          go: "BondMinLinks",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "lpInterval",
          go: "BondLPInterval",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "packetsPerSlave",
          go: "BondPacketsPerSlave",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "numPeerNotif",
          go: "BondNumPeerNotif",
          type: {
            k: "scalar",
            s: "uint8",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "tlbLogicalLb",
          go: "BondTLBDynamicLB",
          type: {
            k: "scalar",
            s: "uint8",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "allSlavesActive",
          go: "BondAllSlavesActive",
          type: {
            k: "scalar",
            s: "uint8",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "peerNotifDelay",
          go: "BondPeerNotifyDelay",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "missedMax",
          go: "BondMissedMax",
          type: {
            k: "scalar",
            s: "uint8",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.BridgeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "hardwareAddr",
          go: "HardwareAddressConfig",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "links",
          go: "BridgeLinks",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "stp",
          go: "BridgeSTP",
          type: {
            k: "struct",
            ref: "network.BridgeSTPConfig"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "vlan",
          go: "BridgeVLAN",
          type: {
            k: "struct",
            ref: "network.BridgeVLANConfig"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.BridgeSTPConfig": {
      fields: [
        {
          name: "enabled",
          go: "BridgeSTPEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.BridgeVLANConfig": {
      fields: [
        {
          name: "filtering",
          go: "BridgeVLANFiltering",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.CommonLinkConfig": {
      fields: [
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.CommonProbeConfig": {
      fields: [
        {
          name: "interval",
          go: "ProbeInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "failureThreshold",
          go: "ProbeFailureThreshold",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.DHCPv4ConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "routeMetric",
          go: "ConfigRouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ignoreHostname",
          go: "ConfigIgnoreHostname",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ignoreRoutes",
          go: "ConfigIgnoreRoutes",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "clientIdentifier",
          go: "ConfigClientIdentifier",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ClientIdentifier",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "duidRaw",
          go: "ConfigDUIDRaw",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.DHCPv6ConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "routeMetric",
          go: "ConfigRouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ignoreHostname",
          go: "ConfigIgnoreHostname",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "clientIdentifier",
          go: "ConfigClientIdentifier",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.ClientIdentifier",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "duidRaw",
          go: "ConfigDUIDRaw",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.DefaultActionConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "ingress",
          go: "Ingress",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.DefaultAction"
          }
        }
      ]
    },
    "network.DummyLinkConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "hardwareAddr",
          go: "HardwareAddressConfig",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.EthernetChannelsConfig": {
      fields: [
        {
          name: "rx",
          go: "RX",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tx",
          go: "TX",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "other",
          go: "Other",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "combined",
          go: "Combined",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "network.EthernetConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "features",
          go: "FeaturesConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "bool"
            }
          },
          omitempty: true
        },
        {
          name: "rings",
          go: "RingsConfig",
          type: {
            k: "struct",
            ref: "network.EthernetRingsConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "channels",
          go: "ChannelsConfig",
          type: {
            k: "struct",
            ref: "network.EthernetChannelsConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "wakeOnLan",
          go: "WakeOnLANConfig",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "text",
              go: "nethelpers.WOLMode"
            }
          },
          omitempty: true,
          since: "1.12"
        }
      ]
    },
    "network.EthernetRingsConfig": {
      fields: [
        {
          name: "rx",
          go: "RX",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tx",
          go: "TX",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "rx-mini",
          go: "RXMini",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "rx-jumbo",
          go: "RXJumbo",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "rx-buf-len",
          go: "RXBufLen",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "cqe-size",
          go: "CQESize",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tx-push",
          go: "TXPush",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "rx-push",
          go: "RXPush",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tx-push-buf-len",
          go: "TXPushBufLen",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "tcp-data-split",
          go: "TCPDataSplit",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "network.HCloudVIPConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "link",
          go: "LinkName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "apiToken",
          go: "APIToken",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.HTTPProbeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "interval",
          go: "ProbeInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "failureThreshold",
          go: "ProbeFailureThreshold",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "url",
          go: "HTTPEndpoint",
          type: {
            k: "special",
            name: "url"
          },
          since: "1.14"
        },
        {
          name: "timeout",
          go: "HTTPTimeout",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.HostDNSConfig": {
      fields: [
        {
          name: "enabled",
          go: "HostDNSEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "forwardKubeDNSToHost",
          go: "HostDNSForwardKubeDNSToHost",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "resolveMemberNames",
          go: "HostDNSResolveMemberNames",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.HostnameConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "auto",
          go: "ConfigAuto",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.AutoHostnameKind",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "hostname",
          go: "ConfigHostname",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.IngressRule": {
      fields: [
        {
          name: "subnet",
          go: "Subnet",
          type: {
            k: "special",
            name: "prefix"
          }
        },
        {
          name: "except",
          go: "Except",
          type: {
            k: "special",
            name: "prefix"
          },
          omitempty: true
        }
      ]
    },
    "network.KubeSpanConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "enabled",
          go: "ConfigEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "advertiseKubernetesNetworks",
          go: "ConfigAdvertiseKubernetesNetworks",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "allowDownPeerBypass",
          go: "ConfigAllowDownPeerBypass",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "harvestExtraEndpoints",
          go: "ConfigHarvestExtraEndpoints",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "mtu",
          go: "ConfigMTU",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "filters",
          go: "ConfigFilters",
          type: {
            k: "struct",
            ref: "network.KubeSpanFiltersConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.KubeSpanFiltersConfig": {
      fields: [
        {
          name: "endpoints",
          go: "ConfigEndpoints",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "excludeAdvertisedNetworks",
          go: "ConfigExcludeAdvertisedNetworks",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "prefix"
            }
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.KubespanEndpointsConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "extraAnnouncedEndpoints",
          go: "ExtraAnnouncedEndpointsConfig",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "addrport"
            }
          }
        }
      ]
    },
    "network.Layer2VIPConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "link",
          go: "LinkName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.LinkAliasConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "selector",
          go: "Selector",
          type: {
            k: "struct",
            ref: "network.LinkSelector"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.LinkConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.LinkSelector": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.NTPConfig": {
      fields: [
        {
          name: "servers",
          go: "Servers",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "useNTS",
          go: "UseNTS",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.12"
    },
    "network.NameserverConfig": {
      fields: [
        {
          name: "address",
          go: "Address",
          type: {
            k: "special",
            name: "addr"
          },
          since: "1.12"
        },
        {
          name: "protocol",
          go: "Protocol",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.DNSProtocol"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "tlsServerName",
          go: "TLSServerName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.12"
    },
    "network.PTPConfig": {
      fields: [
        {
          name: "devices",
          go: "Devices",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.ResolverConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "nameservers",
          go: "ResolverNameservers",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.NameserverConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "searchDomains",
          go: "ResolverSearchDomains",
          type: {
            k: "struct",
            ref: "network.SearchDomainsConfig"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "hostDNS",
          go: "ResolverHostDNS",
          type: {
            k: "struct",
            ref: "network.HostDNSConfig"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.12"
    },
    "network.RouteConfig": {
      fields: [
        {
          name: "destination",
          go: "RouteDestination",
          type: {
            k: "special",
            name: "prefix"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "gateway",
          go: "RouteGateway",
          type: {
            k: "special",
            name: "addr"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "source",
          go: "RouteSource",
          type: {
            k: "special",
            name: "addr"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "metric",
          go: "RouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "RouteMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "table",
          go: "RouteTable",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.RoutingTable"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.RoutingRuleConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "name",
          go: "RulePriority",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "src",
          go: "RuleSrc",
          type: {
            k: "special",
            name: "prefix"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "dst",
          go: "RuleDst",
          type: {
            k: "special",
            name: "prefix"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "table",
          go: "RuleTable",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.RoutingTable"
          },
          since: "1.13"
        },
        {
          name: "action",
          go: "RuleAction",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.RoutingRuleAction"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "iifName",
          go: "RuleIIFName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "oifName",
          go: "RuleOIFName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "fwMark",
          go: "RuleFwMark",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "fwMask",
          go: "RuleFwMask",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.RuleConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "portSelector",
          go: "PortSelector",
          type: {
            k: "struct",
            ref: "network.RulePortSelector"
          }
        },
        {
          name: "ingress",
          go: "Ingress",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.IngressRule"
            },
            named: "network.IngressConfig"
          },
          mergeReplace: true
        }
      ]
    },
    "network.RulePortSelector": {
      fields: [
        {
          name: "ports",
          go: "Ports",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "portrange"
            },
            named: "network.PortRanges"
          },
          mergeReplace: true
        },
        {
          name: "protocol",
          go: "Protocol",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.Protocol"
          }
        }
      ]
    },
    "network.SearchDomainsConfig": {
      fields: [
        {
          name: "domains",
          go: "SearchDomains",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "disableDefault",
          go: "SearchDisableDefault",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.StaticHostConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "hostnames",
          go: "Hostnames",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.TCPProbeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "interval",
          go: "ProbeInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "failureThreshold",
          go: "ProbeFailureThreshold",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "endpoint",
          go: "TCPEndpoint",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "timeout",
          go: "TCPTimeout",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.TimeSyncConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "enabled",
          go: "TimeEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "bootTimeout",
          go: "TimeBootTimeout",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ntp",
          go: "TimeNTP",
          type: {
            k: "struct",
            ref: "network.NTPConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "ptp",
          go: "TimePTP",
          type: {
            k: "struct",
            ref: "network.PTPConfig",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.VLANConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "vlanID",
          go: "VLANIDConfig",
          type: {
            k: "scalar",
            s: "uint16"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "vlanMode",
          go: "VLANModeConfig",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.VLANProtocol",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "parent",
          go: "ParentLinkConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.VRFConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "hardwareAddr",
          go: "HardwareAddressConfig",
          type: {
            k: "special",
            name: "hwaddr"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "links",
          go: "VRFLinks",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "table",
          go: "VRFTable",
          type: {
            k: "special",
            name: "text",
            go: "nethelpers.RoutingTable"
          },
          since: "1.13"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "network.VethConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "peer",
          go: "VethPeer",
          type: {
            k: "struct",
            ref: "network.VethPeerConfig"
          },
          since: "1.14"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.VethPeerConfig": {
      fields: [
        {
          name: "name",
          go: "VethPeerName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "network.WireguardConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "privateKey",
          go: "WireguardPrivateKey",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "listenPort",
          go: "WireguardListenPort",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "firewallMark",
          go: "WireguardFirewallMark",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "peers",
          go: "WireguardPeers",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.WireguardPeer"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "up",
          go: "LinkUp",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "mtu",
          go: "LinkMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "addresses",
          go: "LinkAddresses",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.AddressConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "routes",
          go: "LinkRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "network.RouteConfig"
            }
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "multicast",
          go: "LinkMulticast",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "network.WireguardPeer": {
      fields: [
        {
          name: "publicKey",
          go: "WireguardPublicKey",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "presharedKey",
          go: "WireguardPresharedKey",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "endpoint",
          go: "WireguardEndpoint",
          type: {
            k: "special",
            name: "addrport"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "persistentKeepaliveInterval",
          go: "WireguardPersistentKeepaliveInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "allowedIPs",
          go: "WireguardAllowedIPs",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "prefix"
            }
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "runtime.DiskSelectorSpec": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.EnvironmentV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "variables",
          go: "EnvironmentVariables",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            },
            named: "runtime.Env"
          },
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "runtime.EtcFileConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "mode",
          go: "FileMode",
          type: {
            k: "special",
            name: "filemode"
          },
          since: "1.14"
        },
        {
          name: "contents",
          go: "Contents",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.EventSinkV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "endpoint",
          go: "Endpoint",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "runtime.InstallerSpec": {
      fields: [
        {
          name: "image",
          go: "Image",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.KernelModuleConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "parameters",
          go: "ModuleParameters",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.KmsgLogV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "url",
          go: "KmsgLogURL",
          type: {
            k: "special",
            name: "url"
          }
        }
      ]
    },
    "runtime.OOMV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.12"
        },
        {
          name: "triggerExpression",
          go: "OOMTriggerExpression",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "cgroupRankingExpression",
          go: "OOMCgroupRankingExpression",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "strictCgroupClassOrdering",
          go: "OOMStrictCgroupClassOrdering",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        },
        {
          name: "sampleInterval",
          go: "OOMSampleInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true,
          since: "1.12"
        }
      ],
      since: "1.12"
    },
    "runtime.ProvisioningSpec": {
      fields: [
        {
          name: "diskSelector",
          go: "DiskSelector",
          type: {
            k: "struct",
            ref: "runtime.DiskSelectorSpec"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "wipe",
          go: "Wipe",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.SecurityProfileConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "workloadIsolation",
          go: "WorkloadIsolationEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.SysctlConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "params",
          go: "Params",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.SysfsConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "params",
          go: "Params",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.UdevRulesConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "rules",
          go: "UdevRules",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.UnattendedInstallConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "reboot",
          go: "Reboot",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "installer",
          go: "Installer",
          type: {
            k: "struct",
            ref: "runtime.InstallerSpec"
          },
          since: "1.14"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "runtime.ProvisioningSpec"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "runtime.WatchdogTimerV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "device",
          go: "WatchdogDevice",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "timeout",
          go: "WatchdogTimeout",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true
        }
      ]
    },
    "security.ImageKeylessVerifierV1Alpha1": {
      fields: [
        {
          name: "issuer",
          go: "KeylessIssuer",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "subject",
          go: "KeylessSubject",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "subjectRegex",
          go: "KeylessSubjectRegex",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "security.ImagePublicKeyVerifierV1Alpha1": {
      fields: [
        {
          name: "certificate",
          go: "ConfigCertificate",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "security.ImageVerificationConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.13"
        },
        {
          name: "rules",
          go: "ConfigRules",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "security.ImageVerificationRuleV1Alpha1"
            },
            named: "security.ImageVerificationRules"
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "security.ImageVerificationRuleV1Alpha1": {
      fields: [
        {
          name: "image",
          go: "RuleImagePattern",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "skip",
          go: "RuleSkip",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "deny",
          go: "RuleDeny",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "keyless",
          go: "RuleKeylessVerifier",
          type: {
            k: "struct",
            ref: "security.ImageKeylessVerifierV1Alpha1",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        },
        {
          name: "publicKey",
          go: "RulePublicKeyVerifier",
          type: {
            k: "struct",
            ref: "security.ImagePublicKeyVerifierV1Alpha1",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ],
      since: "1.13"
    },
    "security.TrustedRootsConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "certificates",
          go: "Certificates",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "siderolink.ConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "apiUrl",
          go: "APIUrlConfig",
          type: {
            k: "special",
            name: "url"
          }
        },
        {
          name: "uniqueToken",
          go: "UniqueTokenConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "storage.LVMLogicalVolumeConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "type",
          go: "LVType",
          type: {
            k: "special",
            name: "text",
            go: "storageres.LVMLogicalVolumeType"
          },
          since: "1.14"
        },
        {
          name: "mirrors",
          go: "LVMirrors",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "stripes",
          go: "LVStripes",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "provisioning",
          go: "Provisioning",
          type: {
            k: "struct",
            ref: "storage.LVMLogicalVolumeProvisioningSpec"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.LVMLogicalVolumeProvisioningSpec": {
      fields: [
        {
          name: "volumeGroup",
          go: "VolumeGroup",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "minSize",
          go: "ProvisioningMinSize",
          type: {
            k: "special",
            name: "bytesize"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "maxSize",
          go: "ProvisioningMaxSize",
          type: {
            k: "special",
            name: "size"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.LVMVolumeGroupConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "storage.ProvisioningSpec"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.LVMVolumeSelectorSpec": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.ProvisioningSpec": {
      fields: [
        {
          name: "volumeSelector",
          go: "VolumeSelector",
          type: {
            k: "struct",
            ref: "storage.LVMVolumeSelectorSpec"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.RAIDArrayConfigV1Alpha1": {
      fields: [
        {
          name: "apiVersion",
          go: "MetaAPIVersion",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "kind",
          go: "MetaKind",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "name",
          go: "MetaName",
          type: {
            k: "scalar",
            s: "string"
          },
          since: "1.14"
        },
        {
          name: "level",
          go: "Level",
          type: {
            k: "special",
            name: "text",
            go: "storageres.MDLevel"
          },
          since: "1.14"
        },
        {
          name: "metadata",
          go: "MetadataFormat",
          type: {
            k: "special",
            name: "text",
            go: "storageres.MDMetadata"
          },
          omitempty: true,
          since: "1.14"
        },
        {
          name: "provisioning",
          go: "ProvisioningSpec",
          type: {
            k: "struct",
            ref: "storage.RAIDProvisioningSpec"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.RAIDProvisioningSpec": {
      fields: [
        {
          name: "volumeSelector",
          go: "RAIDVolumeSelector",
          type: {
            k: "struct",
            ref: "storage.RAIDVolumeSelector"
          },
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "storage.RAIDVolumeSelector": {
      fields: [
        {
          name: "match",
          go: "Match",
          type: {
            k: "special",
            name: "cel"
          },
          omitempty: true,
          since: "1.14"
        }
      ],
      since: "1.14"
    },
    "v1alpha1.APIServerConfig": {
      fields: [
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "extraArgs",
          go: "ExtraArgsConfig",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        },
        {
          name: "extraVolumes",
          go: "ExtraVolumesConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.VolumeMountConfig"
            }
          },
          omitempty: true
        },
        {
          name: "env",
          go: "EnvConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            },
            named: "v1alpha1.Env"
          },
          omitempty: true
        },
        {
          name: "certSANs",
          go: "ExtraCertSANs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "disablePodSecurityPolicy",
          go: "DisablePodSecurityPolicyConfig",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true
        },
        {
          name: "admissionControl",
          go: "AdmissionControlConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.AdmissionPluginConfig",
              ptr: true
            },
            named: "v1alpha1.AdmissionPluginConfigList"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "auditPolicy",
          go: "AuditPolicyConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          mergeReplace: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "resources",
          go: "ResourcesConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ResourcesConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "authorizationConfig",
          go: "AuthorizationConfigConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.AuthorizationConfigAuthorizerConfig",
              ptr: true
            },
            named: "v1alpha1.AuthorizationConfigAuthorizerConfigList"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.AdminKubeconfigConfig": {
      fields: [
        {
          name: "certLifetime",
          go: "AdminKubeconfigCertLifetime",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.AdmissionPluginConfig": {
      fields: [
        {
          name: "name",
          go: "PluginName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "configuration",
          go: "PluginConfiguration",
          type: {
            k: "special",
            name: "unstructured"
          }
        }
      ]
    },
    "v1alpha1.AuthorizationConfigAuthorizerConfig": {
      fields: [
        {
          name: "type",
          go: "AuthorizerType",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "name",
          go: "AuthorizerName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "webhook",
          go: "AuthorizerWebhook",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.Bond": {
      fields: [
        {
          name: "interfaces",
          go: "BondInterfaces",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          }
        },
        {
          name: "deviceSelectors",
          go: "BondDeviceSelectors",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.NetworkDeviceSelector"
            }
          },
          omitempty: true
        },
        {
          name: "arpIPTarget",
          go: "BondARPIPTarget",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "mode",
          go: "BondMode",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "xmitHashPolicy",
          go: "BondHashPolicy",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "lacpRate",
          go: "BondLACPRate",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "adActorSystem",
          go: "BondADActorSystem",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "arpValidate",
          go: "BondARPValidate",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "arpAllTargets",
          go: "BondARPAllTargets",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "primary",
          go: "BondPrimary",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "primaryReselect",
          go: "BondPrimaryReselect",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "failOverMac",
          go: "BondFailOverMac",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "adSelect",
          go: "BondADSelect",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "miimon",
          go: "BondMIIMon",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "updelay",
          go: "BondUpDelay",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "downdelay",
          go: "BondDownDelay",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "arpInterval",
          go: "BondARPInterval",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "resendIgmp",
          go: "BondResendIGMP",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "minLinks",
          go: "BondMinLinks",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "lpInterval",
          go: "BondLPInterval",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "packetsPerSlave",
          go: "BondPacketsPerSlave",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "numPeerNotif",
          go: "BondNumPeerNotif",
          type: {
            k: "scalar",
            s: "uint8"
          },
          omitempty: true
        },
        {
          name: "tlbDynamicLb",
          go: "BondTLBDynamicLB",
          type: {
            k: "scalar",
            s: "uint8"
          },
          omitempty: true
        },
        {
          name: "allSlavesActive",
          go: "BondAllSlavesActive",
          type: {
            k: "scalar",
            s: "uint8"
          },
          omitempty: true
        },
        {
          name: "useCarrier",
          go: "BondUseCarrier",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "adActorSysPrio",
          go: "BondADActorSysPrio",
          type: {
            k: "scalar",
            s: "uint16"
          },
          omitempty: true
        },
        {
          name: "adUserPortKey",
          go: "BondADUserPortKey",
          type: {
            k: "scalar",
            s: "uint16"
          },
          omitempty: true
        },
        {
          name: "peerNotifyDelay",
          go: "BondPeerNotifyDelay",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.Bridge": {
      fields: [
        {
          name: "interfaces",
          go: "BridgedInterfaces",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          }
        },
        {
          name: "stp",
          go: "BridgeSTP",
          type: {
            k: "struct",
            ref: "v1alpha1.STP",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "vlan",
          go: "BridgeVLAN",
          type: {
            k: "struct",
            ref: "v1alpha1.BridgeVLAN",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.BridgePort": {
      fields: [
        {
          name: "master",
          go: "BridgePortMaster",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.BridgeVLAN": {
      fields: [
        {
          name: "vlanFiltering",
          go: "BridgeVLANFiltering",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.CNIConfig": {
      fields: [
        {
          name: "name",
          go: "CNIName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "urls",
          go: "CNIUrls",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "flannel",
          go: "CNIFlannel",
          type: {
            k: "struct",
            ref: "v1alpha1.FlannelCNIConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ClusterConfig": {
      fields: [
        {
          name: "id",
          go: "ClusterID",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "secret",
          go: "ClusterSecret",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "controlPlane",
          go: "ControlPlane",
          type: {
            k: "struct",
            ref: "v1alpha1.ControlPlaneConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "clusterName",
          go: "ClusterName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "network",
          go: "ClusterNetwork",
          type: {
            k: "struct",
            ref: "v1alpha1.ClusterNetworkConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "token",
          go: "BootstrapToken",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "aescbcEncryptionSecret",
          go: "ClusterAESCBCEncryptionSecret",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "secretboxEncryptionSecret",
          go: "ClusterSecretboxEncryptionSecret",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "ca",
          go: "ClusterCA",
          type: {
            k: "special",
            name: "certkey",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "acceptedCAs",
          go: "ClusterAcceptedCAs",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "cert",
              ptr: true
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "aggregatorCA",
          go: "ClusterAggregatorCA",
          type: {
            k: "special",
            name: "certkey",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "serviceAccount",
          go: "ClusterServiceAccount",
          type: {
            k: "special",
            name: "key",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "apiServer",
          go: "APIServerConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.APIServerConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "controllerManager",
          go: "ControllerManagerConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ControllerManagerConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "proxy",
          go: "ProxyConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ProxyConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "scheduler",
          go: "SchedulerConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.SchedulerConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "discovery",
          go: "ClusterDiscoveryConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ClusterDiscoveryConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "etcd",
          go: "EtcdConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.EtcdConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "coreDNS",
          go: "CoreDNSConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.CoreDNS",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "externalCloudProvider",
          go: "ExternalCloudProviderConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ExternalCloudProviderConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "extraManifests",
          go: "ExtraManifests",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "extraManifestHeaders",
          go: "ExtraManifestHeaders",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "inlineManifests",
          go: "ClusterInlineManifests",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.ClusterInlineManifest"
            },
            named: "v1alpha1.ClusterInlineManifests"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "adminKubeconfig",
          go: "AdminKubeconfigConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.AdminKubeconfigConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "allowSchedulingOnMasters",
          go: "AllowSchedulingOnMasters",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "allowSchedulingOnControlPlanes",
          go: "AllowSchedulingOnControlPlanes",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.ClusterDiscoveryConfig": {
      fields: [
        {
          name: "enabled",
          go: "DiscoveryEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "registries",
          go: "DiscoveryRegistries",
          type: {
            k: "struct",
            ref: "v1alpha1.DiscoveryRegistriesConfig"
          },
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.ClusterInlineManifest": {
      fields: [
        {
          name: "name",
          go: "InlineManifestName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "contents",
          go: "InlineManifestContents",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.ClusterNetworkConfig": {
      fields: [
        {
          name: "cni",
          go: "CNI",
          type: {
            k: "struct",
            ref: "v1alpha1.CNIConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "dnsDomain",
          go: "DNSDomain",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "podSubnets",
          go: "PodSubnet",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          mergeReplace: true
        },
        {
          name: "serviceSubnets",
          go: "ServiceSubnet",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          mergeReplace: true
        }
      ]
    },
    "v1alpha1.Config": {
      fields: [
        {
          name: "version",
          go: "ConfigVersion",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "debug",
          go: "ConfigDebug",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "persist",
          go: "ConfigPersist",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "machine",
          go: "MachineConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.MachineConfig",
            ptr: true
          }
        },
        {
          name: "cluster",
          go: "ClusterConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ClusterConfig",
            ptr: true
          }
        }
      ]
    },
    "v1alpha1.ControlPlaneConfig": {
      fields: [
        {
          name: "endpoint",
          go: "Endpoint",
          type: {
            k: "special",
            name: "url",
            ptr: true
          }
        },
        {
          name: "localAPIServerPort",
          go: "LocalAPIServerPort",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.ControllerManagerConfig": {
      fields: [
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "extraArgs",
          go: "ExtraArgsConfig",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        },
        {
          name: "extraVolumes",
          go: "ExtraVolumesConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.VolumeMountConfig"
            }
          },
          omitempty: true
        },
        {
          name: "env",
          go: "EnvConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            },
            named: "v1alpha1.Env"
          },
          omitempty: true
        },
        {
          name: "resources",
          go: "ResourcesConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ResourcesConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.CoreDNS": {
      fields: [
        {
          name: "disabled",
          go: "CoreDNSDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "image",
          go: "CoreDNSImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.DHCPOptions": {
      fields: [
        {
          name: "routeMetric",
          go: "DHCPRouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          }
        },
        {
          name: "ipv4",
          go: "DHCPIPv4",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "ipv6",
          go: "DHCPIPv6",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "duidv6",
          go: "DHCPDUIDv6",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.Device": {
      fields: [
        {
          name: "interface",
          go: "DeviceInterface",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "deviceSelector",
          go: "DeviceSelector",
          type: {
            k: "struct",
            ref: "v1alpha1.NetworkDeviceSelector",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "addresses",
          go: "DeviceAddresses",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "cidr",
          go: "DeviceCIDR",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true
        },
        {
          name: "routes",
          go: "DeviceRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.Route",
              ptr: true
            }
          },
          omitempty: true
        },
        {
          name: "bond",
          go: "DeviceBond",
          type: {
            k: "struct",
            ref: "v1alpha1.Bond",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "bridge",
          go: "DeviceBridge",
          type: {
            k: "struct",
            ref: "v1alpha1.Bridge",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "bridgePort",
          go: "DeviceBridgePort",
          type: {
            k: "struct",
            ref: "v1alpha1.BridgePort",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "vlans",
          go: "DeviceVlans",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.Vlan",
              ptr: true
            },
            named: "v1alpha1.VlanList"
          },
          omitempty: true
        },
        {
          name: "mtu",
          go: "DeviceMTU",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true
        },
        {
          name: "dhcp",
          go: "DeviceDHCP",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "ignore",
          go: "DeviceIgnore",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "dummy",
          go: "DeviceDummy",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "dhcpOptions",
          go: "DeviceDHCPOptions",
          type: {
            k: "struct",
            ref: "v1alpha1.DHCPOptions",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "wireguard",
          go: "DeviceWireguardConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.DeviceWireguardConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "vip",
          go: "DeviceVIPConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.DeviceVIPConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.DeviceVIPConfig": {
      fields: [
        {
          name: "ip",
          go: "SharedIP",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "equinixMetal",
          go: "EquinixMetalConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.VIPEquinixMetalConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "hcloud",
          go: "HCloudConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.VIPHCloudConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.DeviceWireguardConfig": {
      fields: [
        {
          name: "privateKey",
          go: "WireguardPrivateKey",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "listenPort",
          go: "WireguardListenPort",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true
        },
        {
          name: "firewallMark",
          go: "WireguardFirewallMark",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true
        },
        {
          name: "peers",
          go: "WireguardPeers",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.DeviceWireguardPeer",
              ptr: true
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.DeviceWireguardPeer": {
      fields: [
        {
          name: "publicKey",
          go: "WireguardPublicKey",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "endpoint",
          go: "WireguardEndpoint",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "persistentKeepaliveInterval",
          go: "WireguardPersistentKeepaliveInterval",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true
        },
        {
          name: "allowedIPs",
          go: "WireguardAllowedIPs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.DiscoveryRegistriesConfig": {
      fields: [
        {
          name: "kubernetes",
          go: "RegistryKubernetes",
          type: {
            k: "struct",
            ref: "v1alpha1.RegistryKubernetesConfig"
          },
          nodoc: true,
          deprecated: true
        },
        {
          name: "service",
          go: "RegistryService",
          type: {
            k: "struct",
            ref: "v1alpha1.RegistryServiceConfig"
          },
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.DiskPartition": {
      fields: [
        {
          name: "size",
          go: "DiskSize",
          type: {
            k: "special",
            name: "disksize"
          },
          omitempty: true
        },
        {
          name: "mountpoint",
          go: "DiskMountPoint",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.EncryptionConfig": {
      fields: [
        {
          name: "provider",
          go: "EncryptionProvider",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "keys",
          go: "EncryptionKeys",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.EncryptionKey",
              ptr: true
            }
          }
        },
        {
          name: "cipher",
          go: "EncryptionCipher",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "keySize",
          go: "EncryptionKeySize",
          type: {
            k: "scalar",
            s: "uint"
          },
          omitempty: true
        },
        {
          name: "blockSize",
          go: "EncryptionBlockSize",
          type: {
            k: "scalar",
            s: "uint64"
          },
          omitempty: true
        },
        {
          name: "options",
          go: "EncryptionPerfOptions",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.EncryptionKey": {
      fields: [
        {
          name: "static",
          go: "KeyStatic",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionKeyStatic",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "nodeID",
          go: "KeyNodeID",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionKeyNodeID",
            empty: true,
            ptr: true
          },
          omitempty: true
        },
        {
          name: "kms",
          go: "KeyKMS",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionKeyKMS",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "slot",
          go: "KeySlot",
          type: {
            k: "scalar",
            s: "int"
          }
        },
        {
          name: "tpm",
          go: "KeyTPM",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionKeyTPM",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.EncryptionKeyKMS": {
      fields: [
        {
          name: "endpoint",
          go: "KMSEndpoint",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.EncryptionKeyStatic": {
      fields: [
        {
          name: "passphrase",
          go: "KeyData",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.EncryptionKeyTPM": {
      fields: [
        {
          name: "checkSecurebootStatusOnEnroll",
          go: "TPMCheckSecurebootStatusOnEnroll",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.EtcdConfig": {
      fields: [
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "ca",
          go: "RootCA",
          type: {
            k: "special",
            name: "certkey",
            ptr: true
          }
        },
        {
          name: "extraArgs",
          go: "EtcdExtraArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        },
        {
          name: "subnet",
          go: "EtcdSubnet",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "advertisedSubnets",
          go: "EtcdAdvertisedSubnets",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "listenSubnets",
          go: "EtcdListenSubnets",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ExternalCloudProviderConfig": {
      fields: [
        {
          name: "enabled",
          go: "ExternalEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "manifests",
          go: "ExternalManifests",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ExtraHost": {
      fields: [
        {
          name: "ip",
          go: "HostIP",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "aliases",
          go: "HostAliases",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          }
        }
      ]
    },
    "v1alpha1.ExtraMount": {
      fields: [
        {
          name: "destination",
          go: "Destination",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "type",
          go: "Type",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "source",
          go: "Source",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "options",
          go: "Options",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "uidMappings",
          go: "UIDMappings",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.LinuxIDMapping"
            }
          },
          omitempty: true
        },
        {
          name: "gidMappings",
          go: "GIDMappings",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.LinuxIDMapping"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.FeaturesConfig": {
      fields: [
        {
          name: "rbac",
          go: "RBAC",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true
        },
        {
          name: "stableHostname",
          go: "StableHostname",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "kubernetesTalosAPIAccess",
          go: "KubernetesTalosAPIAccessConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.KubernetesTalosAPIAccessConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "apidCheckExtKeyUsage",
          go: "ApidCheckExtKeyUsage",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true
        },
        {
          name: "diskQuotaSupport",
          go: "DiskQuotaSupport",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "kubePrism",
          go: "KubePrismSupport",
          type: {
            k: "struct",
            ref: "v1alpha1.KubePrism",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "hostDNS",
          go: "HostDNSSupport",
          type: {
            k: "struct",
            ref: "v1alpha1.HostDNSConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "imageCache",
          go: "ImageCacheSupport",
          type: {
            k: "struct",
            ref: "v1alpha1.ImageCacheConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nodeAddressSortAlgorithm",
          go: "FeatureNodeAddressSortAlgorithm",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.FlannelCNIConfig": {
      fields: [
        {
          name: "extraArgs",
          go: "FlanneldExtraArgs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "kubeNetworkPoliciesEnabled",
          go: "FlannelKubeNetworkPoliciesEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.13"
        }
      ]
    },
    "v1alpha1.HostDNSConfig": {
      fields: [
        {
          name: "enabled",
          go: "HostDNSConfigEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "forwardKubeDNSToHost",
          go: "HostDNSForwardKubeDNSToHost",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "resolveMemberNames",
          go: "HostDNSResolveMemberNames",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ImageCacheConfig": {
      fields: [
        {
          name: "localEnabled",
          go: "CacheLocalEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.InstallConfig": {
      fields: [
        {
          name: "disk",
          go: "InstallDisk",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "diskSelector",
          go: "InstallDiskSelector",
          type: {
            k: "struct",
            ref: "v1alpha1.InstallDiskSelector",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "extraKernelArgs",
          go: "InstallExtraKernelArgs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "image",
          go: "InstallImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "extensions",
          go: "InstallExtensions",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.InstallExtensionConfig"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "bootloader",
          go: "InstallBootloader",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "wipe",
          go: "InstallWipe",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          }
        },
        {
          name: "legacyBIOSSupport",
          go: "InstallLegacyBIOSSupport",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "grubUseUKICmdline",
          go: "InstallGrubUseUKICmdline",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          since: "1.12"
        }
      ]
    },
    "v1alpha1.InstallDiskSelector": {
      fields: [
        {
          name: "size",
          go: "Size",
          type: {
            k: "special",
            name: "disksizematcher",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "name",
          go: "Name",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "model",
          go: "Model",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "serial",
          go: "Serial",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "modalias",
          go: "Modalias",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "uuid",
          go: "UUID",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "wwid",
          go: "WWID",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "type",
          go: "Type",
          type: {
            k: "scalar",
            s: "string",
            named: "v1alpha1.InstallDiskType"
          },
          omitempty: true
        },
        {
          name: "busPath",
          go: "BusPath",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.InstallExtensionConfig": {
      fields: [
        {
          name: "image",
          go: "ExtensionImage",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.KernelConfig": {
      fields: [
        {
          name: "modules",
          go: "KernelModules",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.KernelModuleConfig",
              ptr: true
            }
          },
          omitempty: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.KernelModuleConfig": {
      fields: [
        {
          name: "name",
          go: "ModuleName",
          type: {
            k: "scalar",
            s: "string"
          },
          deprecated: true
        },
        {
          name: "parameters",
          go: "ModuleParameters",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.KubePrism": {
      fields: [
        {
          name: "enabled",
          go: "ServerEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "port",
          go: "ServerPort",
          type: {
            k: "scalar",
            s: "int"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.KubeSpanFilters": {
      fields: [
        {
          name: "endpoints",
          go: "KubeSpanFiltersEndpoints",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "excludeAdvertisedNetworks",
          go: "KubeSpanFiltersExcludeAdvertisedNetworks",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          since: "1.12"
        }
      ]
    },
    "v1alpha1.KubeletConfig": {
      fields: [
        {
          name: "image",
          go: "KubeletImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "clusterDNS",
          go: "KubeletClusterDNS",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "extraArgs",
          go: "KubeletExtraArgs",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        },
        {
          name: "extraMounts",
          go: "KubeletExtraMounts",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.ExtraMount"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "extraConfig",
          go: "KubeletExtraConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "credentialProviderConfig",
          go: "KubeletCredentialProviderConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true
        },
        {
          name: "defaultRuntimeSeccompProfileEnabled",
          go: "KubeletDefaultRuntimeSeccompProfileEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "registerWithFQDN",
          go: "KubeletRegisterWithFQDN",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nodeIP",
          go: "KubeletNodeIP",
          type: {
            k: "struct",
            ref: "v1alpha1.KubeletNodeIPConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "skipNodeRegistration",
          go: "KubeletSkipNodeRegistration",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "disableManifestsDirectory",
          go: "KubeletDisableManifestsDirectory",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.KubeletNodeIPConfig": {
      fields: [
        {
          name: "validSubnets",
          go: "KubeletNodeIPValidSubnets",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.KubernetesTalosAPIAccessConfig": {
      fields: [
        {
          name: "enabled",
          go: "AccessEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "allowedRoles",
          go: "AccessAllowedRoles",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "allowedKubernetesNamespaces",
          go: "AccessAllowedKubernetesNamespaces",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.LinuxIDMapping": {
      fields: [
        {
          name: "containerID",
          go: "ContainerID",
          type: {
            k: "scalar",
            s: "uint32"
          }
        },
        {
          name: "hostID",
          go: "HostID",
          type: {
            k: "scalar",
            s: "uint32"
          }
        },
        {
          name: "size",
          go: "Size",
          type: {
            k: "scalar",
            s: "uint32"
          }
        }
      ]
    },
    "v1alpha1.LoggingConfig": {
      fields: [
        {
          name: "destinations",
          go: "LoggingDestinations",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.LoggingDestination"
            }
          }
        }
      ]
    },
    "v1alpha1.LoggingDestination": {
      fields: [
        {
          name: "endpoint",
          go: "LoggingEndpoint",
          type: {
            k: "special",
            name: "url",
            ptr: true
          }
        },
        {
          name: "format",
          go: "LoggingFormat",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "extraTags",
          go: "LoggingExtraTags",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.MachineConfig": {
      fields: [
        {
          name: "type",
          go: "MachineType",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "token",
          go: "MachineToken",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "ca",
          go: "MachineCA",
          type: {
            k: "special",
            name: "certkey",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "acceptedCAs",
          go: "MachineAcceptedCAs",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "cert",
              ptr: true
            }
          },
          omitempty: true
        },
        {
          name: "certSANs",
          go: "MachineCertSANs",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          }
        },
        {
          name: "controlPlane",
          go: "MachineControlPlane",
          type: {
            k: "struct",
            ref: "v1alpha1.MachineControlPlaneConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "kubelet",
          go: "MachineKubelet",
          type: {
            k: "struct",
            ref: "v1alpha1.KubeletConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "pods",
          go: "MachinePods",
          type: {
            k: "list",
            of: {
              k: "special",
              name: "unstructured"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "network",
          go: "MachineNetwork",
          type: {
            k: "struct",
            ref: "v1alpha1.NetworkConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "disks",
          go: "MachineDisks",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.MachineDisk",
              ptr: true
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "install",
          go: "MachineInstall",
          type: {
            k: "struct",
            ref: "v1alpha1.InstallConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "files",
          go: "MachineFiles",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.MachineFile",
              ptr: true
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "env",
          go: "MachineEnv",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            },
            named: "v1alpha1.Env"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "time",
          go: "MachineTime",
          type: {
            k: "struct",
            ref: "v1alpha1.TimeConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "sysctls",
          go: "MachineSysctls",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "sysfs",
          go: "MachineSysfs",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "registries",
          go: "MachineRegistries",
          type: {
            k: "struct",
            ref: "v1alpha1.RegistriesConfig"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "systemDiskEncryption",
          go: "MachineSystemDiskEncryption",
          type: {
            k: "struct",
            ref: "v1alpha1.SystemDiskEncryptionConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "features",
          go: "MachineFeatures",
          type: {
            k: "struct",
            ref: "v1alpha1.FeaturesConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "udev",
          go: "MachineUdev",
          type: {
            k: "struct",
            ref: "v1alpha1.UdevConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "logging",
          go: "MachineLogging",
          type: {
            k: "struct",
            ref: "v1alpha1.LoggingConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "kernel",
          go: "MachineKernel",
          type: {
            k: "struct",
            ref: "v1alpha1.KernelConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "seccompProfiles",
          go: "MachineSeccompProfiles",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.MachineSeccompProfile",
              ptr: true
            }
          },
          omitempty: true
        },
        {
          name: "baseRuntimeSpecOverrides",
          go: "MachineBaseRuntimeSpecOverrides",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nodeLabels",
          go: "MachineNodeLabels",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nodeAnnotations",
          go: "MachineNodeAnnotations",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nodeTaints",
          go: "MachineNodeTaints",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.MachineControlPlaneConfig": {
      fields: [
        {
          name: "controllerManager",
          go: "MachineControllerManager",
          type: {
            k: "struct",
            ref: "v1alpha1.MachineControllerManagerConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "scheduler",
          go: "MachineScheduler",
          type: {
            k: "struct",
            ref: "v1alpha1.MachineSchedulerConfig",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.MachineControllerManagerConfig": {
      fields: [
        {
          name: "disabled",
          go: "MachineControllerManagerDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.MachineDisk": {
      fields: [
        {
          name: "device",
          go: "DeviceName",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "partitions",
          go: "DiskPartitions",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.DiskPartition",
              ptr: true
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.MachineFile": {
      fields: [
        {
          name: "content",
          go: "FileContent",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "permissions",
          go: "FilePermissions",
          type: {
            k: "special",
            name: "filemode"
          }
        },
        {
          name: "path",
          go: "FilePath",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "op",
          go: "FileOp",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.MachineSchedulerConfig": {
      fields: [
        {
          name: "disabled",
          go: "MachineSchedulerDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.MachineSeccompProfile": {
      fields: [
        {
          name: "name",
          go: "MachineSeccompProfileName",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "value",
          go: "MachineSeccompProfileValue",
          type: {
            k: "special",
            name: "unstructured"
          }
        }
      ]
    },
    "v1alpha1.NetworkConfig": {
      fields: [
        {
          name: "hostname",
          go: "NetworkHostname",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "interfaces",
          go: "NetworkInterfaces",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.Device",
              ptr: true
            },
            named: "v1alpha1.NetworkDeviceList"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "nameservers",
          go: "NameServers",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "searchDomains",
          go: "Searches",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "extraHostEntries",
          go: "ExtraHostEntries",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.ExtraHost",
              ptr: true
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "kubespan",
          go: "NetworkKubeSpan",
          type: {
            k: "struct",
            ref: "v1alpha1.NetworkKubeSpan",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "disableSearchDomain",
          go: "NetworkDisableSearchDomain",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.NetworkDeviceSelector": {
      fields: [
        {
          name: "busPath",
          go: "NetworkDeviceBus",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "hardwareAddr",
          go: "NetworkDeviceHardwareAddress",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "permanentAddr",
          go: "NetworkDevicePermanentAddress",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "pciID",
          go: "NetworkDevicePCIID",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "driver",
          go: "NetworkDeviceKernelDriver",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "physical",
          go: "NetworkDevicePhysical",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.NetworkKubeSpan": {
      fields: [
        {
          name: "enabled",
          go: "KubeSpanEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "advertiseKubernetesNetworks",
          go: "KubeSpanAdvertiseKubernetesNetworks",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "allowDownPeerBypass",
          go: "KubeSpanAllowDownPeerBypass",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "harvestExtraEndpoints",
          go: "KubeSpanHarvestExtraEndpoints",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "mtu",
          go: "KubeSpanMTU",
          type: {
            k: "scalar",
            s: "uint32",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "filters",
          go: "KubeSpanFilters",
          type: {
            k: "struct",
            ref: "v1alpha1.KubeSpanFilters",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ProxyConfig": {
      fields: [
        {
          name: "disabled",
          go: "Disabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "mode",
          go: "ModeConfig",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "extraArgs",
          go: "ExtraArgsConfig",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        }
      ]
    },
    "v1alpha1.RegistriesConfig": {
      fields: [
        {
          name: "mirrors",
          go: "RegistryMirrors",
          type: {
            k: "map",
            of: {
              k: "struct",
              ref: "v1alpha1.RegistryMirrorConfig",
              ptr: true
            }
          },
          omitempty: true
        },
        {
          name: "config",
          go: "RegistryConfig",
          type: {
            k: "map",
            of: {
              k: "struct",
              ref: "v1alpha1.RegistryConfig",
              ptr: true
            }
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.RegistryAuthConfig": {
      fields: [
        {
          name: "username",
          go: "RegistryUsername",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "password",
          go: "RegistryPassword",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "auth",
          go: "RegistryAuth",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "identityToken",
          go: "RegistryIdentityToken",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.RegistryConfig": {
      fields: [
        {
          name: "tls",
          go: "RegistryTLS",
          type: {
            k: "struct",
            ref: "v1alpha1.RegistryTLSConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "auth",
          go: "RegistryAuth",
          type: {
            k: "struct",
            ref: "v1alpha1.RegistryAuthConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.RegistryKubernetesConfig": {
      fields: [
        {
          name: "disabled",
          go: "RegistryDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.RegistryMirrorConfig": {
      fields: [
        {
          name: "endpoints",
          go: "MirrorEndpoints",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          }
        },
        {
          name: "overridePath",
          go: "MirrorOverridePath",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "skipFallback",
          go: "MirrorSkipFallback",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.RegistryServiceConfig": {
      fields: [
        {
          name: "disabled",
          go: "RegistryDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        },
        {
          name: "endpoint",
          go: "RegistryEndpoint",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.RegistryTLSConfig": {
      fields: [
        {
          name: "clientIdentity",
          go: "TLSClientIdentity",
          type: {
            k: "special",
            name: "certkey",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "ca",
          go: "TLSCA",
          type: {
            k: "special",
            name: "base64bytes"
          },
          omitempty: true
        },
        {
          name: "insecureSkipVerify",
          go: "TLSInsecureSkipVerify",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.ResourcesConfig": {
      fields: [
        {
          name: "requests",
          go: "Requests",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true
        },
        {
          name: "limits",
          go: "Limits",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.Route": {
      fields: [
        {
          name: "network",
          go: "RouteNetwork",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "gateway",
          go: "RouteGateway",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "source",
          go: "RouteSource",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "metric",
          go: "RouteMetric",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "mtu",
          go: "RouteMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.STP": {
      fields: [
        {
          name: "enabled",
          go: "STPEnabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.SchedulerConfig": {
      fields: [
        {
          name: "image",
          go: "ContainerImage",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true
        },
        {
          name: "extraArgs",
          go: "ExtraArgsConfig",
          type: {
            k: "special",
            name: "args"
          },
          omitempty: true,
          typeBefore: {
            "1.12": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.11": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            },
            "1.10": {
              k: "map",
              of: {
                k: "scalar",
                s: "string"
              }
            }
          }
        },
        {
          name: "extraVolumes",
          go: "ExtraVolumesConfig",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.VolumeMountConfig"
            }
          },
          omitempty: true
        },
        {
          name: "env",
          go: "EnvConfig",
          type: {
            k: "map",
            of: {
              k: "scalar",
              s: "string"
            },
            named: "v1alpha1.Env"
          },
          omitempty: true
        },
        {
          name: "resources",
          go: "ResourcesConfig",
          type: {
            k: "struct",
            ref: "v1alpha1.ResourcesConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "config",
          go: "SchedulerConfig",
          type: {
            k: "special",
            name: "unstructured"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.SystemDiskEncryptionConfig": {
      fields: [
        {
          name: "state",
          go: "StatePartition",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "ephemeral",
          go: "EphemeralPartition",
          type: {
            k: "struct",
            ref: "v1alpha1.EncryptionConfig",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.TimeConfig": {
      fields: [
        {
          name: "disabled",
          go: "TimeDisabled",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "servers",
          go: "TimeServers",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "bootTimeout",
          go: "TimeBootTimeout",
          type: {
            k: "special",
            name: "duration"
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.UdevConfig": {
      fields: [
        {
          name: "rules",
          go: "UdevRules",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true,
          nodoc: true,
          deprecated: true
        }
      ]
    },
    "v1alpha1.VIPEquinixMetalConfig": {
      fields: [
        {
          name: "apiToken",
          go: "EquinixMetalAPIToken",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.VIPHCloudConfig": {
      fields: [
        {
          name: "apiToken",
          go: "HCloudAPIToken",
          type: {
            k: "scalar",
            s: "string"
          }
        }
      ]
    },
    "v1alpha1.Vlan": {
      fields: [
        {
          name: "addresses",
          go: "VlanAddresses",
          type: {
            k: "list",
            of: {
              k: "scalar",
              s: "string"
            }
          },
          omitempty: true
        },
        {
          name: "cidr",
          go: "VlanCIDR",
          type: {
            k: "scalar",
            s: "string"
          },
          omitempty: true,
          nodoc: true
        },
        {
          name: "routes",
          go: "VlanRoutes",
          type: {
            k: "list",
            of: {
              k: "struct",
              ref: "v1alpha1.Route",
              ptr: true
            }
          }
        },
        {
          name: "dhcp",
          go: "VlanDHCP",
          type: {
            k: "scalar",
            s: "bool",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "vlanId",
          go: "VlanID",
          type: {
            k: "scalar",
            s: "uint16"
          }
        },
        {
          name: "mtu",
          go: "VlanMTU",
          type: {
            k: "scalar",
            s: "uint32"
          },
          omitempty: true
        },
        {
          name: "vip",
          go: "VlanVIP",
          type: {
            k: "struct",
            ref: "v1alpha1.DeviceVIPConfig",
            ptr: true
          },
          omitempty: true
        },
        {
          name: "dhcpOptions",
          go: "VlanDHCPOptions",
          type: {
            k: "struct",
            ref: "v1alpha1.DHCPOptions",
            ptr: true
          },
          omitempty: true
        }
      ]
    },
    "v1alpha1.VolumeMountConfig": {
      fields: [
        {
          name: "hostPath",
          go: "VolumeHostPath",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "mountPath",
          go: "VolumeMountPath",
          type: {
            k: "scalar",
            s: "string"
          }
        },
        {
          name: "readonly",
          go: "VolumeReadOnly",
          type: {
            k: "scalar",
            s: "bool"
          },
          omitempty: true
        }
      ]
    }
  }
};

// src/model/model.ts
var CONTRACTS = ["1.10", "1.11", "1.12", "1.13", "1.14"];
var NEWEST_CONTRACT = "1.14";
var model = talos_model_default;
var V1ALPHA1 = "v1alpha1";
var kindsByName = new Map(model.kinds.map((k) => [k.kind, k]));
function allKinds() {
  return model.kinds;
}
function kindDef(kind) {
  return kindsByName.get(kind);
}
function contractIndex(c) {
  return CONTRACTS.indexOf(c);
}
function existsIn(item, contract) {
  if (!contract) return true;
  const i = contractIndex(contract);
  if (item.since && i < contractIndex(item.since)) return false;
  if (item.until && i > contractIndex(item.until)) return false;
  return true;
}
var structCache = /* @__PURE__ */ new Map();
function structInfo(ref, contract) {
  const key = `${ref}@${contract ?? "*"}`;
  let info = structCache.get(key);
  if (info) return info;
  const t = model.types[ref];
  if (!t) throw new Error(`model has no type ${ref}`);
  const fields = [];
  for (const f of t.fields) {
    if (!existsIn(f, contract)) continue;
    const older = contract ? f.typeBefore?.[contract] : void 0;
    fields.push(older ? { ...f, type: older } : f);
  }
  info = { ref, fields, byName: new Map(fields.map((f) => [f.name, f])) };
  structCache.set(key, info);
  return info;
}
function contractOf(version) {
  const m = version.trim().match(/^v?(\d+)\.(\d+)/);
  if (!m) return void 0;
  const c = `${Number(m[1])}.${Number(m[2])}`;
  return CONTRACTS.includes(c) ? c : void 0;
}
function contractForVersion(version) {
  const m = version.trim().match(/^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/);
  if (!m) return void 0;
  const exact = contractOf(`${m[1]}.${m[2]}`);
  if (exact) return { contract: exact };
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const [newestMajor, newestMinor] = NEWEST_CONTRACT.split(".").map(Number);
  if (major > newestMajor || major === newestMajor && minor > newestMinor)
    return { contract: NEWEST_CONTRACT, newerThanKnown: true };
  return void 0;
}
function newerVersionMessage(version) {
  return `Talos ${version} is newer than the newest version this tool knows (${NEWEST_CONTRACT}): it is validated under the ${NEWEST_CONTRACT} contract, so fields and rules added since are not checked`;
}

// src/cli/args.ts
function parseArgs(argv, spec) {
  const flags = {};
  const positionals = [];
  const byShort = new Map(Object.entries(spec).flatMap(([k, s]) => s.short ? [[s.short, k]] : []));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name;
    let inline;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq > 0 ? a.slice(eq + 1) : void 0;
    } else if (a.startsWith("-") && a.length === 2 && byShort.has(a.slice(1))) {
      name = byShort.get(a.slice(1));
    }
    if (name === void 0) {
      positionals.push(a);
      continue;
    }
    const s = spec[name];
    if (!s) throw new TalosGitopsError(`unknown flag --${name}`);
    if (!s.value) {
      flags[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === void 0) throw new TalosGitopsError(`flag --${name} needs a value`);
    if (s.multiple) flags[name] = [...flags[name] ?? [], v];
    else flags[name] = v;
  }
  return { positionals, flags };
}
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : typeof v === "string" ? [v] : [];

// src/go/netip.ts
import { isIPv4, isIPv6 } from "node:net";
function ipv6Groups(s) {
  let text = s;
  let tail = [];
  const lastColon = text.lastIndexOf(":");
  const maybeV4 = text.slice(lastColon + 1);
  if (maybeV4.includes(".")) {
    if (!isIPv4(maybeV4)) return void 0;
    const o = maybeV4.split(".").map(Number);
    tail = [o[0] << 8 | o[1], o[2] << 8 | o[3]];
    text = text.slice(0, lastColon + 1) + (text.endsWith("::" + maybeV4) ? "" : "0");
    if (text.endsWith(":0")) text = text.slice(0, -2);
    else if (text.endsWith(":") && !text.endsWith("::")) text = text.slice(0, -1);
  }
  const [head, rest] = text.split("::");
  const parse = (p) => p === "" ? [] : p.split(":").map((g) => Number.parseInt(g, 16));
  const h = parse(head);
  const r = rest === void 0 ? [] : parse(rest);
  const total = 8 - tail.length;
  if (rest === void 0) {
    const all = [...h, ...tail];
    return all.length === 8 ? all : void 0;
  }
  const zeros = total - h.length - r.length;
  if (zeros < 1) return void 0;
  return [...h, ...new Array(zeros).fill(0), ...r, ...tail];
}
function formatIPv6(groups) {
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 65535) {
    return `::ffff:${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}
function ipToBytes(ip) {
  if (isIPv4(ip)) return Buffer.from(ip.split(".").map(Number));
  const groups = isIPv6(ip) ? ipv6Groups(ip) : void 0;
  if (!groups) throw new RangeError(`not an IP address: ${ip}`);
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => {
    out.writeUInt16BE(g, i * 2);
  });
  return out;
}
function bytesToIp(bytes) {
  if (bytes.length === 4) return Array.from(bytes).join(".");
  if (bytes.length !== 16) throw new RangeError(`bad IP address length ${bytes.length}`);
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes[i] << 8 | bytes[i + 1]);
  return formatIPv6(groups);
}
function normalizeAddr(s) {
  const [addr, zone] = s.split("%");
  if (isIPv4(addr)) {
    if (addr.split(".").some((o) => o.length > 1 && o.startsWith("0"))) return void 0;
    return zone === void 0 ? addr : void 0;
  }
  if (!isIPv6(addr)) return void 0;
  const g = ipv6Groups(addr);
  if (!g) return void 0;
  return formatIPv6(g) + (zone ? `%${zone}` : "");
}
function normalizePrefix(s) {
  const slash = s.lastIndexOf("/");
  if (slash < 0) return void 0;
  const addr = normalizeAddr(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (!addr || addr.includes("%") || !/^(0|[1-9][0-9]*)$/.test(bitsText)) return void 0;
  const bits = Number(bitsText);
  const max = addr.includes(":") && !addr.startsWith("::ffff:") ? 128 : addr.includes(":") ? 128 : 32;
  if (bits > max) return void 0;
  return `${addr}/${bits}`;
}
function normalizeAddrPort(s) {
  let m = s.match(/^\[([^\]]+)\]:(\d+)$/);
  if (m) {
    const a = normalizeAddr(m[1]);
    const port = Number(m[2]);
    return a?.includes(":") && port <= 65535 ? `[${a}]:${port}` : void 0;
  }
  m = s.match(/^([^:]+):(\d+)$/);
  if (m) {
    const a = normalizeAddr(m[1]);
    const port = Number(m[2]);
    return a && port <= 65535 ? `${a}:${port}` : void 0;
  }
  return void 0;
}
function isPrivateAddress(addr) {
  if (isIPv4(addr)) {
    const [a, b] = addr.split(".").map(Number);
    return a === 10 || a === 127 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254 || a === 100 && b >= 64 && b <= 127;
  }
  const lower = addr.toLowerCase();
  return lower === "::1" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe80");
}
function quote(s) {
  return JSON.stringify(s);
}
var AddrError = class extends Error {
};
function addrError(input, msg, at) {
  return new AddrError(`ParseAddr(${quote(input)}): ${msg}${at ? ` (at ${quote(at)})` : ""}`);
}
function parseIPv4Fields(input, s, fields) {
  let val = 0;
  let pos = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= "0" && c <= "9") {
      if (digits === 1 && val === 0) throw addrError(input, "IPv4 field has octet with leading zero");
      val = val * 10 + (c.charCodeAt(0) - 48);
      digits++;
      if (val > 255) throw addrError(input, "IPv4 field has value >255");
    } else if (c === ".") {
      if (i === 0 || i === s.length - 1 || s[i - 1] === ".")
        throw addrError(input, "IPv4 field must have at least one digit", s.slice(i));
      if (pos === 3) throw addrError(input, "IPv4 address too long");
      fields[pos++] = val;
      val = 0;
      digits = 0;
    } else throw addrError(input, "unexpected character", s.slice(i));
  }
  if (pos < 3) throw addrError(input, "IPv4 address too short");
  fields[3] = val;
}
function parseIPv6(input) {
  let s = input;
  let zone = "";
  const pct = s.indexOf("%");
  if (pct >= 0) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
    if (zone === "") throw addrError(input, "zone must be a non-empty string");
  }
  const ip = new Array(16).fill(0);
  let ellipsis = -1;
  if (s.startsWith("::")) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === "") return { bytes: ip, zone };
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const d = Number.parseInt(s[off], 16);
      if (Number.isNaN(d)) break;
      acc = acc * 16 + d;
      if (off > 3) throw addrError(input, "each colon-separated field must have at most 4 hex digits", s);
      if (acc > 65535) throw addrError(input, "IPv6 field has value >=2^16", s);
    }
    if (off === 0) throw addrError(input, "each colon-separated field must have at least one digit", s);
    if (off < s.length && s[off] === ".") {
      if (ellipsis < 0 && i !== 12)
        throw addrError(input, "embedded IPv4 address must replace the final 2 fields of the address", s);
      if (i + 4 > 16)
        throw addrError(input, "too many hex fields to fit an embedded IPv4 at the end of the address", s);
      const v4 = [0, 0, 0, 0];
      parseIPv4Fields(input, s, v4);
      ip.splice(i, 4, ...v4);
      s = "";
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 255;
    i += 2;
    s = s.slice(off);
    if (s === "") break;
    if (s[0] !== ":") throw addrError(input, "unexpected character, want colon", s);
    if (s.length === 1) throw addrError(input, "colon must be followed by more characters", s);
    s = s.slice(1);
    if (s[0] === ":") {
      if (ellipsis >= 0) throw addrError(input, "multiple :: in address", s);
      ellipsis = i;
      s = s.slice(1);
      if (s === "") break;
    }
  }
  if (s !== "") throw addrError(input, "trailing garbage after address", s);
  if (i < 16) {
    if (ellipsis < 0) throw addrError(input, "address string too short");
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j];
    ip.fill(0, ellipsis, ellipsis + n);
  } else if (ellipsis >= 0) {
    throw addrError(input, "the :: must expand to at least one field of zeros", s);
  }
  return { bytes: ip, zone };
}
function parseAddrOrThrow(s) {
  for (const c of s) {
    if (c === ".") {
      const fields = [0, 0, 0, 0];
      parseIPv4Fields(s, s, fields);
      return { bytes: fields, zone: "" };
    }
    if (c === ":") return parseIPv6(s);
    if (c === "%") throw addrError(s, "missing IPv6 address");
  }
  throw addrError(s, "unable to parse IP");
}
function parseGoAddr(s) {
  try {
    return { addr: parseAddrOrThrow(s) };
  } catch (e) {
    if (e instanceof AddrError) return { error: e.message };
    throw e;
  }
}
function parseGoPrefix(s) {
  const fail = (msg) => ({ error: `netip.ParsePrefix(${quote(s)}): ${msg}` });
  const slash = s.lastIndexOf("/");
  if (slash < 0) return fail("no '/'");
  const parsed = parseGoAddr(s.slice(0, slash));
  if ("error" in parsed) return fail(parsed.error);
  if (parsed.addr.bytes.length === 16 && parsed.addr.zone !== "")
    return fail("IPv6 zones cannot be present in a prefix");
  const bitsText = s.slice(slash + 1);
  const badBits = fail(`bad bits after slash: ${quote(bitsText)}`);
  if (bitsText.length > 1 && (bitsText[0] < "1" || bitsText[0] > "9")) return badBits;
  if (!/^[+-]?\d+$/.test(bitsText)) return badBits;
  const bits = Number(bitsText);
  if (bits < 0 || bits > parsed.addr.bytes.length * 8) return fail("prefix length out of range");
  return { prefix: { addr: parsed.addr, bits } };
}
function formatGoAddr(a) {
  if (a.bytes.length === 4) return a.bytes.join(".");
  return bytesToIp(Uint8Array.from(a.bytes)) + (a.zone ? `%${a.zone}` : "");
}
function formatGoPrefix(p) {
  return `${formatGoAddr(p.addr)}/${p.bits}`;
}
function isMaskedPrefix(p) {
  return p.addr.bytes.every((b, i) => {
    const keep = Math.max(0, Math.min(8, p.bits - i * 8));
    return (b & 255 >> keep) === 0;
  });
}
function prefixContains(p, a) {
  if (p.addr.bytes.length !== a.bytes.length || a.zone !== "") return false;
  return p.addr.bytes.every((b, i) => {
    const keep = Math.max(0, Math.min(8, p.bits - i * 8));
    const mask = 65280 >> keep & 255;
    return (b & mask) === (a.bytes[i] & mask);
  });
}
function isUnspecifiedAddr(a) {
  return a.bytes.every((b) => b === 0);
}

export {
  CONTRACTS,
  NEWEST_CONTRACT,
  V1ALPHA1,
  allKinds,
  kindDef,
  contractIndex,
  existsIn,
  structInfo,
  contractOf,
  contractForVersion,
  newerVersionMessage,
  require_dist,
  ipToBytes,
  bytesToIp,
  normalizeAddr,
  normalizePrefix,
  normalizeAddrPort,
  isPrivateAddress,
  parseGoAddr,
  parseGoPrefix,
  formatGoAddr,
  formatGoPrefix,
  isMaskedPrefix,
  prefixContains,
  isUnspecifiedAddr,
  parseArgs,
  str,
  list
};
