# right-section-missing-fact.py (round AT, answer-at): failing answer turns whose reply comes from a guide section (or news
# paragraph) that holds every expected group while the reply leaves one out, written as JSON to $OUT (default /tmp/right-section-missing-fact.json) for classing.
# Reads /work/notes/at/dev/*.misses.json against eval/ (dev files and held-out-cc..ch only). Sections as in seeds/ (## headings).
import json,re,glob,os,sys
import pathlib
W=str(pathlib.Path(__file__).resolve().parent.parent)
# sections
secs=[]
for f in glob.glob(W+'/seeds/guide-*.md'):
    t=open(f,encoding='utf-8').read()
    for s in re.split(r'\n(?=## )',t):
        head=s.split('\n',1)[0]
        body='\n'.join(l for l in s.split('\n')[1:] if not l.startswith(('Questions:','Sources:','Checked')))
        secs.append((os.path.basename(f)+'#'+head[:50],body))
for f in glob.glob(W+'/seeds/0*.txt'):
    for i,p in enumerate(re.split(r'\n\s*\n',open(f,encoding='utf-8').read())):
        secs.append((os.path.basename(f)+'#p%d'%i,p))
def norm(s): return re.sub(r'\s+',' ',s.lower().replace('\u2019',"'"))
nsecs=[(n,norm(b)) for n,b in secs]
def holds(text,groups): 
    t=norm(text); return all(any(x.lower() in t for x in g) for g in groups)
def findsec(reply):
    body=reply.split('\n\nSource')[0]
    body=re.sub(r'\s*\[\d+\]','',body)
    sents=re.split(r'(?<=[.!?])\s+',body)
    for s in sents:
        s=norm(s)
        s=re.sub(r' \((19|20)\d\d\)','',s)
        key=s[:45]
        if len(key)<15: continue
        for n,b in nsecs:
            if key in b: return n,b
    return None,None
files=[]
for mf in sorted(glob.glob('/work/notes/at/dev/*.misses.json')):
    n=os.path.basename(mf).split('.')[0]
    if not (n.startswith('quality') or n.startswith('multiturn')): continue
    suf=n.split('-')[1]
    ef=W+'/eval/%s.jsonl'%n
    if not os.path.exists(ef): ef=W+'/eval/held-out-%s/%s.jsonl'%(suf,n)
    if not os.path.exists(ef): print('missing',n,file=sys.stderr); continue
    files.append((n,ef,mf))
out=[]
stat={'ans':0,'insec':0,'nosec':0,'secno':0,'stray':0}
for n,ef,mf in files:
    cases={}
    for l in open(ef):
        c=json.loads(l); cases[c['id']]=c
    for m in json.load(open(mf)):
        c=cases.get(m['id'])
        if not c: continue
        turns=c.get('turns') or [c]
        oks=m['ok'] if isinstance(m.get('ok'),list) else [False]*len(turns)
        texts=m['text'] if isinstance(m.get('text'),list) else [m.get('text','')]
        got=m['got'] if isinstance(m.get('got'),list) else [m.get('got')]
        for i,t in enumerate(turns):
            if i<len(oks) and oks[i]: continue
            if i>=len(texts): continue
            if t.get('expect')!='answer' or (got[i] if i<len(got) else None)!='answer': continue
            stat['ans']+=1
            reply=texts[i] or ''
            g=t.get('must_include_any') or []
            bad=[x for x in t.get('must_not_include') or [] if x.lower() in norm(reply)]
            sn,sb=findsec(reply)
            if sn is None: stat['nosec']+=1; continue
            if g and holds(sb,g) and not holds(reply.split('\n\nSource')[0],g):
                stat['insec']+=1
                # which sentence holds fact
                sents=re.split(r'(?<=[.!?])\s+|\n',sb)
                idx=[j for j,s in enumerate(sents) if any(any(x.lower() in s for x in gg) for gg in g)]
                out.append(dict(file=n,id=m['id'],turn=i+1,q=t.get('question') or t.get('text'),prev=[tt.get('question') for tt in turns[:i]][-1:] ,want=g,sec=sn,idx=idx[:4],nsents=len(sents),reply=reply.split('\n\nSource')[0][:400]))
            elif bad and (not g or holds(reply,g)):
                stat['stray']+=1
                out.append(dict(file=n,id=m['id'],turn=i+1,q=t.get('question'),stray=bad,sec=sn,reply=reply.split('\n\nSource')[0][:400]))
            else: stat['secno']+=1
print(stat)
json.dump(out,open(os.environ.get('OUT','/tmp/right-section-missing-fact.json'),'w'),indent=1)
print(len(out))
