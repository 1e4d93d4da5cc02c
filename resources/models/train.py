#!/usr/bin/python3
"""Trains the small models bundled with Resonance Workbench and exports them to ONNX.

The data come from the sample project's own strip image generator (rwb_traindata, built from
resources/models/traindata.cpp), so the models see exactly what the sample project holds:

  steel_det.onnx   YOLOv8-style detector, output [1, 4 + nc, N] (cx, cy, w, h in input pixels,
                   class scores after sigmoid), anchor-free, strides 8 and 16
  steel_seg.onnx   the same with 8 mask coefficients per box ([1, 4 + nc + 8, N]) and mask
                   prototypes [1, 8, H/4, W/4], as YOLOv8-seg exports them
  steel_cls.onnx   classifier of defect crops, output [1, nc] (softmax)
  signal_anomaly.onnx  1-D anomaly scorer for time series windows, [1, 1, 1, L] -> [1, 1, 1, L]

each with its manifest (*.json). Opset 12, which OpenCV 4.5 and later read. CPU only, a few
minutes on two cores:

  cmake --build build --target rwb_traindata
  /usr/bin/python3 resources/models/train.py --traindata build/resources/models/rwb_traindata
"""

import argparse
import json
import math
import os
import subprocess
import tempfile
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

W, H = 640, 320
STRIDES = (8, 16)
NM = 8
OPSET = 12
HERE = os.path.dirname(os.path.abspath(__file__))


def load_data(tool, count, seed, cache):
    out = os.path.join(cache, f"strips_{count}_{seed}")
    if not os.path.exists(os.path.join(out, "labels.json")):
        subprocess.run([tool, out, str(count), str(seed)], check=True)
    with open(os.path.join(out, "labels.json")) as f:
        labels = json.load(f)
    images, masks, boxes = [], [], []
    for item in labels["images"]:
        base = os.path.join(out, item["file"])
        images.append(np.fromfile(base + ".gray", np.uint8).reshape(H, W))
        masks.append(np.fromfile(base + ".mask", np.uint8).reshape(H // 4, W // 4))
        boxes.append(np.array(item["boxes"], np.float32).reshape(-1, 5))
    return labels["classes"], np.stack(images), np.stack(masks), boxes


def conv(cin, cout, stride=1, k=3, dilation=(1, 1)):
    pad = (k // 2 * dilation[0], k // 2 * dilation[1]) if isinstance(k, int) else (
        k[0] // 2 * dilation[0], k[1] // 2 * dilation[1])
    return nn.Sequential(nn.Conv2d(cin, cout, k, stride, pad, dilation=dilation, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Yolo(nn.Module):
    """Anchor-free head on two levels; export() decodes boxes inside the graph like YOLOv8."""

    def __init__(self, nc, segment):
        super().__init__()
        self.nc, self.segment = nc, segment
        # Small enough to train on a shared two-core machine in minutes.
        self.stem = conv(3, 16, 2)                                       # /2
        self.p2 = conv(16, 32, 2)                                        # /4
        self.p3 = nn.Sequential(conv(32, 48, 2), conv(48, 48))           # /8
        self.p4 = nn.Sequential(conv(48, 64, 2), conv(64, 64))           # /16
        out = 4 + nc + (NM if segment else 0)
        self.head3 = nn.Sequential(conv(48, 48), nn.Conv2d(48, out, 1))
        self.head4 = nn.Sequential(conv(64, 64), nn.Conv2d(64, out, 1))
        self.proto = nn.Sequential(conv(32, 16, k=1), nn.Conv2d(16, NM, 1))
        self.with_masks = segment
        for head in (self.head3, self.head4):
            nn.init.constant_(head[1].bias[4:4 + nc], -4.0)
        grids = []
        for s in STRIDES:
            gy, gx = torch.meshgrid(torch.arange(H // s), torch.arange(W // s), indexing="ij")
            grids.append(torch.stack([gx.flatten(), gy.flatten()]).float())
        self.register_buffer("grid", torch.cat(grids, 1).unsqueeze(0), persistent=False)  # [1, 2, N]
        self.register_buffer("stride", torch.cat([torch.full((1, 1, (H // s) * (W // s)), float(s))
                                                  for s in STRIDES], 2), persistent=False)

    def raw(self, x):
        x = self.stem(x)
        p2 = self.p2(x)
        p3 = self.p3(p2)
        p4 = self.p4(p3)
        c = self.head3[1].out_channels
        o3 = self.head3(p3).reshape(1 if torch.onnx.is_in_onnx_export() else x.shape[0], c, -1)
        o4 = self.head4(p4).reshape(1 if torch.onnx.is_in_onnx_export() else x.shape[0], c, -1)
        raw = torch.cat([o3, o4], 2)
        proto = self.proto(p2) if self.segment else None
        return raw, proto

    def forward(self, x):
        raw, proto = self.raw(x)
        xy = (torch.sigmoid(raw[:, 0:2]) * 2.0 - 0.5 + self.grid) * self.stride
        wh = torch.exp(raw[:, 2:4]) * self.stride
        scores = torch.sigmoid(raw[:, 4:4 + self.nc])
        parts = [xy, wh, scores]
        if self.with_masks:
            parts.append(raw[:, 4 + self.nc:])
            return torch.cat(parts, 1), proto
        return torch.cat(parts, 1)


def fuse(block):
    """Conv + BatchNorm (+ ReLU) of a trained block as one conv's weight and bias."""
    if isinstance(block, nn.Conv2d):
        return block.weight.detach().clone(), block.bias.detach().clone()
    c, bn = block[0], block[1]
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    w = c.weight * scale.view(-1, 1, 1, 1)
    b = bn.bias - bn.running_mean * scale
    return w.detach().clone(), b.detach().clone()


LAYERS = ["stem", "p2", "p3.0", "p3.1", "p4.0", "p4.1", "head3.0", "head3.1", "head4.0", "head4.1", "proto.0",
          "proto.1"]


def weights_of(model):
    m = dict(model.named_modules())
    return {name: fuse(m[name]) for name in LAYERS}


def weights_from_onnx(path):
    """The fused conv weights of an exported steel_seg.onnx, by the node names torch gave them."""
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(path).graph
    init = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    out = {}
    for n in graph.node:
        if n.op_type != "Conv":
            continue
        parts = n.name.strip("/").split("/")[:-1]  # /p3/p3.0/p3.0.0/Conv -> p3, p3.0, p3.0.0
        name = next((x for x in reversed(parts) if x in LAYERS), parts[0])
        out[name] = (init[n.input[1]], init[n.input[2]])
    return out


class ExportYolo(nn.Module):
    """The trained network with BatchNorm folded and the box decoding done per level in 4-D,
    one 1×1 convolution per output group (no slicing of 3-D tensors, which OpenCV 4.6's ONNX
    importer cannot shape): output0 [1, 4 + nc (+ nm), N] like YOLOv8, output1 the prototypes."""

    def __init__(self, weights, nc, with_masks):
        super().__init__()
        self.nc, self.with_masks = nc, with_masks

        def conv(name, stride=1, rows=None):
            w, b = weights[name]
            if rows is not None:
                w, b = w[rows[0]:rows[1]], b[rows[0]:rows[1]]
            c = nn.Conv2d(w.shape[1], w.shape[0], w.shape[2], stride, w.shape[2] // 2)
            c.weight.data.copy_(w)
            c.bias.data.copy_(b)
            return c

        self.stem = conv("stem", 2)
        self.p2 = conv("p2", 2)
        self.p3 = nn.ModuleList([conv("p3.0", 2), conv("p3.1")])
        self.p4 = nn.ModuleList([conv("p4.0", 2), conv("p4.1")])
        self.heads = nn.ModuleList()
        for level in ("head3", "head4"):
            parts = nn.ModuleDict({"trunk": conv(level + ".0"), "xy": conv(level + ".1", rows=(0, 2)),
                                   "wh": conv(level + ".1", rows=(2, 4)), "cls": conv(level + ".1", rows=(4, 4 + nc))})
            if with_masks:
                parts["coef"] = conv(level + ".1", rows=(4 + nc, 4 + nc + NM))
            self.heads.append(parts)
        self.proto = nn.ModuleList([conv("proto.0"), conv("proto.1")])
        for i, s in enumerate(STRIDES):
            gy, gx = torch.meshgrid(torch.arange(H // s), torch.arange(W // s), indexing="ij")
            self.register_buffer(f"grid{i}", (torch.stack([gx, gy]).float().unsqueeze(0) - 0.5) * s)

    def forward(self, x):
        x = F.relu(self.stem(x))
        p2 = F.relu(self.p2(x))
        p3 = F.relu(self.p3[1](F.relu(self.p3[0](p2))))
        p4 = F.relu(self.p4[1](F.relu(self.p4[0](p3))))
        outs = []
        for i, (feat, s) in enumerate(zip((p3, p4), STRIDES)):
            h = self.heads[i]
            f = F.relu(h["trunk"](feat))
            xy = torch.sigmoid(h["xy"](f)) * (2.0 * s) + getattr(self, f"grid{i}")
            wh = torch.exp(h["wh"](f)) * float(s)
            parts = [xy, wh, torch.sigmoid(h["cls"](f))]
            if self.with_masks:
                parts.append(h["coef"](f))
            level = torch.cat(parts, 1)
            outs.append(level.reshape(1, level.shape[1], (H // s) * (W // s)))
        out = torch.cat(outs, 2)
        if not self.with_masks:
            return out
        return out, self.proto[1](F.relu(self.proto[0](p2)))


def assign(boxes, grid, stride):
    """Positives: cells whose centre lies within 2.5 strides of a box centre and inside the box
    (or the one nearest cell for thin boxes). Returns per-anchor target index (-1: background)."""
    n = grid.shape[1]
    target = np.full(n, -1, np.int64)
    best = np.full(n, np.inf)
    cx = (grid[0] + 0.5) * stride
    cy = (grid[1] + 0.5) * stride
    for i, (c, x, y, w, h) in enumerate(boxes):
        bx, by = x + w / 2, y + h / 2
        level_ok = (stride[0] if False else stride) * 0 + 1
        big = max(w, h)
        # larger boxes to the coarser level, small ones to the finer, both around the middle
        prefer = np.where(stride == 8, big < 96, big > 48)
        d = np.maximum(np.abs(cx - bx), np.abs(cy - by)) / stride
        inside = (cx > x - stride / 2) & (cx < x + w + stride / 2) & (cy > y - stride / 2) & (cy < y + h + stride / 2)
        pos = (d < 2.5) & inside & prefer & (level_ok > 0)
        if not pos.any():
            pos = np.zeros(n, bool)
            pos[np.argmin(np.where(prefer, d, np.inf))] = True
        area = w * h
        take = pos & (area < best)
        target[take] = i
        best[take] = area
    return target


def train_yolo(classes, images, masks, boxes, minutes, log, resume=None, lr0=3e-3):
    nc = len(classes)
    model = Yolo(nc, segment=True)
    frozen_bn = False
    if resume and resume.endswith(".onnx"):
        # Fused weights of an earlier export: each BatchNorm becomes a fixed identity whose
        # bias carries the fused one, and stays in eval mode while training goes on.
        modules = dict(model.named_modules())
        for name, (w, b) in weights_from_onnx(resume).items():
            block = modules[name]
            if isinstance(block, nn.Conv2d):
                block.weight.data.copy_(w)
                block.bias.data.copy_(b)
            else:
                block[0].weight.data.copy_(w)
                bn = block[1]
                bn.running_mean.zero_()
                bn.running_var.fill_(1.0 - bn.eps)
                bn.weight.data.fill_(1.0)
                bn.bias.data.copy_(b)
        frozen_bn = True
        log(f"continuing from {resume}")
    elif resume and os.path.exists(resume):
        model.load_state_dict(torch.load(resume))
        log(f"resuming from {resume}")
    grid = model.grid[0].numpy()
    stride = model.stride[0, 0].numpy()
    targets = [assign(b, grid, stride) for b in boxes]
    opt = torch.optim.AdamW(model.parameters(), 3e-3, weight_decay=1e-4)
    n = len(images)
    bs = min(8, n)
    start = time.time()
    step = 0
    total_steps = None
    proto_h, proto_w = H // 4, W // 4
    ys = torch.arange(proto_h).float().view(-1, 1) * 4 + 2
    xs = torch.arange(proto_w).float().view(1, -1) * 4 + 2
    while True:
        order = np.random.permutation(n)
        for k in range(0, n - bs + 1, bs):
            elapsed = time.time() - start
            if elapsed > minutes * 60:
                return model
            lr = lr0 * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * elapsed / (minutes * 60))))
            for g in opt.param_groups:
                g["lr"] = lr
            idx = order[k:k + bs]
            batch = images[idx].astype(np.float32) / 255.0
            flip = np.random.rand(bs) < 0.5
            x = torch.from_numpy(batch).unsqueeze(1)
            model.train()
            if frozen_bn:
                for m in model.modules():
                    if isinstance(m, nn.BatchNorm2d):
                        m.eval()
            raw, proto = model.raw(x.expand(-1, 3, -1, -1))
            cls_t = torch.zeros(bs, nc, raw.shape[2])
            loss_box = torch.zeros(())
            loss_mask = torch.zeros(())
            npos = 0
            for j, i in enumerate(idx):
                t = targets[i]
                pos = np.nonzero(t >= 0)[0]
                if len(pos) == 0:
                    continue
                b = torch.from_numpy(boxes[i][t[pos]])
                p = torch.from_numpy(pos)
                cls_t[j, b[:, 0].long(), p] = 1.0
                s = torch.from_numpy(stride[pos])
                g = torch.from_numpy(grid[:, pos])
                tx = ((b[:, 1] + b[:, 3] / 2) / s - g[0] + 0.5) / 2
                ty = ((b[:, 2] + b[:, 4] / 2) / s - g[1] + 0.5) / 2
                txy = torch.stack([tx, ty]).clamp(0.01, 0.99)
                twh = torch.stack([torch.log(b[:, 3].clamp(min=1) / s), torch.log(b[:, 4].clamp(min=1) / s)])
                pr = raw[j, :, p]
                loss_box = loss_box + F.binary_cross_entropy_with_logits(pr[0:2], txy, reduction="sum") \
                    + F.smooth_l1_loss(pr[2:4], twh, reduction="sum")
                # masks: coefficient · prototypes against the instance mask, inside the box
                m = torch.sigmoid(torch.einsum("kp,khw->phw", pr[4 + nc:], proto[j]))
                inst = torch.from_numpy(masks[i]).long()
                gt = (inst.unsqueeze(0) == torch.from_numpy(t[pos] + 1).view(-1, 1, 1)).float()
                bx0 = (b[:, 1]).view(-1, 1, 1)
                by0 = (b[:, 2]).view(-1, 1, 1)
                inbox = ((xs >= bx0) & (xs <= bx0 + b[:, 3].view(-1, 1, 1)) & (ys >= by0)
                         & (ys <= by0 + b[:, 4].view(-1, 1, 1))).float()
                bce = F.binary_cross_entropy(m.clamp(1e-6, 1 - 1e-6), gt, reduction="none")
                loss_mask = loss_mask + ((bce * inbox).sum((1, 2)) / inbox.sum((1, 2)).clamp(min=1)).sum()
                npos += len(pos)
            loss_cls = F.binary_cross_entropy_with_logits(raw[:, 4:4 + nc], cls_t, reduction="sum")
            loss = (loss_cls + 2.0 * loss_box + loss_mask) / max(npos, 1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 20 == 0:
                log(f"yolo step {step} {elapsed:.0f}s loss {loss.item():.3f} (cls {loss_cls.item() / max(npos, 1):.3f}"
                    f" box {loss_box.item() / max(npos, 1):.3f} mask {loss_mask.item() / max(npos, 1):.3f})")


class Classifier(nn.Module):
    def __init__(self, nc):
        super().__init__()
        self.features = nn.Sequential(conv(3, 16, 2), conv(16, 32, 2), conv(32, 48, 2), conv(48, 64, 2),
                                      nn.AdaptiveAvgPool2d(1))
        self.fc = nn.Linear(64, nc)

    def forward(self, x, probabilities=True):
        y = self.fc(torch.flatten(self.features(x), 1))
        return torch.softmax(y, 1) if probabilities else y


CLS = 96


def crop(image, box, jitter):
    """A square window around a defect, averaged down (or repeated up) to CLS × CLS: the same
    area resampling as the runner's cv::resize(INTER_AREA) on the full-size image."""
    c, x, y, w, h = box
    side = max(w, h) * (1.2 + (np.random.rand() * 0.4 if jitter else 0.2)) + 8
    cx, cy = x + w / 2, y + h / 2
    if jitter:
        cx += (np.random.rand() - 0.5) * w * 0.2
        cy += (np.random.rand() - 0.5) * h * 0.2
    x0, y0 = int(max(0, cx - side / 2)), int(max(0, cy - side / 2))
    x1, y1 = int(min(W, cx + side / 2)), int(min(H, cy + side / 2))
    window = torch.from_numpy(image[y0:max(y1, y0 + 1), x0:max(x1, x0 + 1)].astype(np.float32))
    window = window.view(1, 1, *window.shape)
    if window.shape[2] >= CLS and window.shape[3] >= CLS:
        out = F.adaptive_avg_pool2d(window, CLS)
    else:
        out = F.interpolate(window, size=(CLS, CLS), mode="bilinear", align_corners=False)
    return out[0, 0].numpy()


def train_classifier(classes, images, boxes, minutes, log):
    model = Classifier(len(classes))
    samples = [(i, b) for i in range(len(images)) for b in boxes[i]]
    opt = torch.optim.AdamW(model.parameters(), 2e-3, weight_decay=5e-3)
    start = time.time()
    step = 0
    while time.time() - start < minutes * 60:
        pick = np.random.randint(0, len(samples), 32)
        x = np.stack([crop(images[samples[p][0]], samples[p][1], True) for p in pick]).astype(np.float32) / 255
        # Flips and exposure changes: a defect is the same defect mirrored or lit differently.
        x = np.where(np.random.rand(len(pick), 1, 1) < 0.5, x[:, :, ::-1], x)
        x = np.where(np.random.rand(len(pick), 1, 1) < 0.5, x[:, ::-1, :], x)
        x = np.clip(x * np.random.uniform(0.8, 1.2, (len(pick), 1, 1)) + np.random.uniform(-0.08, 0.08, (len(pick), 1, 1)),
                    0, 1).astype(np.float32)
        y = torch.tensor([int(samples[p][1][0]) for p in pick])
        model.train()
        out = model(torch.from_numpy(x).unsqueeze(1).expand(-1, 3, -1, -1), probabilities=False)
        loss = F.cross_entropy(out, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if step % 50 == 0:
            log(f"classifier step {step} loss {loss.item():.3f}")
    # Batch statistics of the augmented training batches do not carry over to single clean
    # crops: measure them again on those, as the exported (eval-mode) network will see them.
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None
    model.train()
    with torch.no_grad():
        for _ in range(60):
            pick = np.random.randint(0, len(samples), 32)
            x = np.stack([crop(images[samples[p][0]], samples[p][1], False) for p in pick]).astype(np.float32) / 255
            model(torch.from_numpy(x).unsqueeze(1).expand(-1, 3, -1, -1))
    model.eval()
    with torch.no_grad():
        pick = np.arange(0, len(samples), 7)
        x = np.stack([crop(images[samples[p][0]], samples[p][1], False) for p in pick]).astype(np.float32) / 255
        pred = model(torch.from_numpy(x).unsqueeze(1).expand(-1, 3, -1, -1)).argmax(1).numpy()
        truth = np.array([int(samples[p][1][0]) for p in pick])
        log(f"classifier: {int((pred == truth).sum())} of {len(pick)} crops right in eval mode")
    return model


L = 256


class SignalModel(nn.Module):
    """Per-sample anomaly score of a z-scored window; dilated convolutions as 1×k 2-D ones,
    which every OpenCV DNN version reads."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(conv(1, 16, k=(1, 5)), conv(16, 16, k=(1, 5), dilation=(1, 2)),
                                  conv(16, 24, k=(1, 5), dilation=(1, 4)), conv(24, 24, k=(1, 5), dilation=(1, 8)),
                                  conv(24, 16, k=(1, 5), dilation=(1, 16)))
        self.out = nn.Conv2d(16, 1, 1)

    def forward(self, x, probabilities=True):
        y = self.out(self.body(x))
        return torch.sigmoid(y) if probabilities else y


def synthetic_signal(rng):
    """A mill-like channel (slow process swings, noise, roll-speed ripple) with anomalies of the
    sample project's kinds: tension spikes, temperature drops, sensor dropouts, roll chatter."""
    t = np.arange(L)
    base = rng.normal(0, 1) + 0.5 * np.sin(2 * np.pi * t / rng.uniform(60, 400) + rng.uniform(0, 6))
    base += np.cumsum(rng.normal(0, 0.02, L))
    base += rng.uniform(0.02, 0.15) * np.sin(2 * np.pi * t / rng.uniform(6, 20))
    x = base + rng.normal(0, rng.uniform(0.02, 0.1), L)
    label = np.zeros(L, np.float32)
    for _ in range(rng.integers(0, 3)):
        kind = rng.integers(0, 4)
        a = int(rng.integers(0, L - 20))
        n = int(rng.integers(3, 40))
        b = min(L, a + n)
        if kind == 0:
            x[a:min(L, a + 4)] += rng.choice([-1, 1]) * rng.uniform(1.5, 4)
            b = min(L, a + 4)
        elif kind == 1:
            x[a:b] -= rng.uniform(0.8, 2.5)
        elif kind == 2:
            x[a:b] = x[a]
            b = b if n > 8 else min(L, a + 9)
            x[a:b] = x[a]
        else:
            x[a:b] += rng.uniform(0.4, 1.0) * np.sin(np.arange(b - a) * rng.uniform(1.5, 2.8))
        label[a:b] = 1
    x = (x - x.mean()) / (x.std() + 1e-6)
    return x.astype(np.float32), label


def train_signal(minutes, log):
    model = SignalModel()
    rng = np.random.default_rng(7)
    opt = torch.optim.AdamW(model.parameters(), 3e-3)
    start = time.time()
    step = 0
    while time.time() - start < minutes * 60:
        xs, ys = zip(*[synthetic_signal(rng) for _ in range(32)])
        x = torch.from_numpy(np.stack(xs)).view(-1, 1, 1, L)
        y = torch.from_numpy(np.stack(ys)).view(-1, 1, 1, L)
        model.train()
        loss = F.binary_cross_entropy_with_logits(model(x, False), y, pos_weight=torch.tensor(3.0))
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if step % 50 == 0:
            log(f"signal step {step} loss {loss.item():.3f}")
    return model


def export(model, dummy, path, names):
    model.eval()
    torch.onnx.export(model, dummy, path, opset_version=OPSET, input_names=["images"], output_names=names,
                      do_constant_folding=True)
    import onnx
    onnx.checker.check_model(onnx.load(path))
    return os.path.getsize(path)


def write_manifest(path, manifest):
    with open(path, "w") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--traindata", required=True, help="the rwb_traindata program")
    parser.add_argument("--images", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1000, help="first generator seed of the training images")
    parser.add_argument("--more", type=int, default=0, help="this many more images (seeds from 50000)")
    parser.add_argument("--minutes", type=float, default=6.0, help="detector/segmenter training time")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "rwb-traindata"))
    parser.add_argument("--out", default=HERE)
    parser.add_argument("--only", choices=["yolo", "cls", "signal"], action="append")
    parser.add_argument("--checkpoint", help="detector weights to start from: a .pt (saved again at the end) or an exported steel_seg.onnx")
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--from-onnx", help="re-export the detector and segmenter from the weights in this steel_seg.onnx")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(1)
    np.random.seed(1)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    log = lambda s: print(s, flush=True)
    classes, images, masks, boxes = load_data(args.traindata, args.images, args.seed, args.cache)
    if args.more:
        _, more_images, more_masks, more_boxes = load_data(args.traindata, args.more, 50000, args.cache)
        images, masks = np.concatenate([images, more_images]), np.concatenate([masks, more_masks])
        boxes = boxes + more_boxes
    log(f"{len(images)} images, {sum(len(b) for b in boxes)} defects")
    label_map = {c: c for c in classes}
    common_input = {"width": W, "height": H, "channels": 3, "channel_order": "rgb", "scale": 1 / 255.0,
                    "mean": [0, 0, 0], "std": [1, 1, 1], "letterbox": True, "pad_value": 114}
    tiling = {"tile_width": 1600, "tile_height": 800, "overlap": 160, "when_larger_than": 4000}
    only = set(args.only or ([] if args.from_onnx else ["yolo", "cls", "signal"]))
    if "yolo" in only:
        model = train_yolo(classes, images, masks, boxes, args.minutes, log, args.checkpoint, args.lr)
        if args.checkpoint and args.checkpoint.endswith(".pt"):
            torch.save(model.state_dict(), args.checkpoint)
        weights = weights_of(model)
    elif args.from_onnx:
        weights = weights_from_onnx(args.from_onnx)
    if "yolo" in only or args.from_onnx:
        nc = len(classes)
        size = export(ExportYolo(weights, nc, False), torch.zeros(1, 3, H, W), os.path.join(args.out, "steel_det.onnx"),
                      ["output0"])
        log(f"steel_det.onnx {size} bytes")
        write_manifest(os.path.join(args.out, "steel_det.json"), {
            "format": "rwb-model", "version": 1, "id": "rwb-steel-det-1", "name": "Steel strip defects — boxes",
            "model": "steel_det.onnx", "task": "detect", "layout": "yolov8", "input": common_input,
            "classes": classes, "label_map": label_map, "confidence_threshold": 0.15, "nms_threshold": 0.5,
            "max_detections": 100, "tiling": tiling, "backend": "opencv", "target": "cpu"})
        size = export(ExportYolo(weights, nc, True), torch.zeros(1, 3, H, W), os.path.join(args.out, "steel_seg.onnx"),
                      ["output0", "output1"])
        log(f"steel_seg.onnx {size} bytes")
        write_manifest(os.path.join(args.out, "steel_seg.json"), {
            "format": "rwb-model", "version": 1, "id": "rwb-steel-seg-1", "name": "Steel strip defects — outlines",
            "model": "steel_seg.onnx", "task": "segment", "layout": "yolov8", "input": common_input,
            "classes": classes, "label_map": label_map, "confidence_threshold": 0.15, "nms_threshold": 0.5,
            "mask_threshold": 0.5, "max_detections": 100, "tiling": tiling, "backend": "opencv", "target": "cpu"})
    if "cls" in only:
        model = train_classifier(classes, images, boxes, max(1.0, args.minutes / 3), log)
        size = export(model, torch.zeros(1, 3, CLS, CLS), os.path.join(args.out, "steel_cls.onnx"), ["probs"])
        log(f"steel_cls.onnx {size} bytes")
        cls_input = dict(common_input, width=CLS, height=CLS, letterbox=False)
        write_manifest(os.path.join(args.out, "steel_cls.json"), {
            "format": "rwb-model", "version": 1, "id": "rwb-steel-cls-1", "name": "Steel strip defect type",
            "model": "steel_cls.onnx", "task": "classify", "layout": "classifier", "input": cls_input,
            "classes": classes, "label_map": label_map, "confidence_threshold": 0.5, "softmax": False,
            "backend": "opencv", "target": "cpu"})
    if "signal" in only:
        model = train_signal(max(1.0, args.minutes / 3), log)
        size = export(model, torch.zeros(1, 1, 1, L), os.path.join(args.out, "signal_anomaly.onnx"), ["scores"])
        log(f"signal_anomaly.onnx {size} bytes")
        write_manifest(os.path.join(args.out, "signal_anomaly.json"), {
            "format": "rwb-model", "version": 1, "id": "rwb-signal-anomaly-1", "name": "Signal anomalies",
            "model": "signal_anomaly.onnx", "task": "timeseries-anomaly", "layout": "sequence",
            "input": {"length": L, "channels": 1, "normalisation": "zscore"}, "classes": ["anomaly"],
            "label_map": {"anomaly": None}, "confidence_threshold": 0.5, "min_length": 3,
            "backend": "opencv", "target": "cpu"})


if __name__ == "__main__":
    main()
